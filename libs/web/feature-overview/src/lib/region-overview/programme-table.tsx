import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
} from '@mui/material';
import { formatNumber, type Schemas } from '@orbita/web/core';
import { useSubjectLabel } from '@orbita/web/feature-analytics';
import { useTranslation } from 'react-i18next';
import '../i18n';

type ProgrammeTable = Schemas['ProgrammeTable'];
type ProgrammeClass = Schemas['ProgrammeTableClass'];

/**
 * The table of the status report (seed 000): per school its classes with the subjects studied in
 * depth, how they are taught and the students, and, once the Sirius.Schools platform's registrations are
 * counted, the school's people registered there, and its teachers trained once any are; the region's
 * totals in the last row.
 */
export function ProgrammeTableView({ table }: { table: ProgrammeTable }) {
  const { t } = useTranslation('overview');
  const subjectLabel = useSubjectLabel();
  const profile = (item: ProgrammeClass) =>
    t('table.profile', {
      grade: item.grade,
      subjects: item.profileSubjects
        .map((code) => t('table.subject', { name: subjectLabel(code) }))
        .join(', '),
    });
  const deliveries = new Set(table.schools.flatMap((school) => school.classes.map((item) => item.delivery)));
  const deliverySummary =
    deliveries.size > 1
      ? t('delivery.both')
      : [...deliveries].map((delivery) => t(`delivery.${delivery}`)).join('');
  const { totals } = table;
  const count = (key: string, value: number) => t(key, { count: value, formatted: formatNumber(value) });
  const registered = totals.registeredOnPlatform !== null;
  const trained = totals.teachersTrained > 0;

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="programme-table" aria-label={t('table.title')} sx={{ minWidth: 760 }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64 }}>{t('table.number')}</TableCell>
            <TableCell>{t('table.school')}</TableCell>
            <TableCell>{t('table.classes')}</TableCell>
            <TableCell>{t('table.delivery')}</TableCell>
            <TableCell align="right">{t('table.students')}</TableCell>
            {registered && <TableCell align="right">{t('table.registered')}</TableCell>}
            {trained && <TableCell align="right">{t('table.trained')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.schools.flatMap((school) => {
            const classes = school.classes.length ? school.classes : [undefined];
            return classes.map((item, index) => (
              <TableRow key={item?.classId ?? school.schoolId} data-testid="programme-table-row">
                {index === 0 && (
                  <>
                    <TableCell rowSpan={classes.length} sx={{ verticalAlign: 'top' }}>
                      {formatNumber(school.number)}.
                    </TableCell>
                    <TableCell
                      rowSpan={classes.length}
                      component="th"
                      scope="rowgroup"
                      sx={{ verticalAlign: 'top' }}
                    >
                      {school.schoolName ?? '—'}
                    </TableCell>
                  </>
                )}
                <TableCell>{item ? profile(item) : '—'}</TableCell>
                <TableCell>
                  {item ? t(`delivery.${item.delivery}`, { defaultValue: item.deliveryName }) : '—'}
                </TableCell>
                <TableCell align="right">{item ? formatNumber(item.students) : '—'}</TableCell>
                {registered && index === 0 && (
                  <TableCell
                    align="right"
                    rowSpan={classes.length}
                    sx={{ verticalAlign: 'top' }}
                    data-testid="programme-table-registered"
                  >
                    {school.registeredOnPlatform === null ? '—' : formatNumber(school.registeredOnPlatform)}
                  </TableCell>
                )}
                {trained && index === 0 && (
                  <TableCell
                    align="right"
                    rowSpan={classes.length}
                    sx={{ verticalAlign: 'top' }}
                    data-testid="programme-table-trained"
                  >
                    {formatNumber(school.teachersTrained)}
                  </TableCell>
                )}
              </TableRow>
            ));
          })}
        </TableBody>
        <TableFooter>
          <TableRow sx={{ '& td': { fontWeight: 500, color: 'text.primary', fontSize: '0.875rem' } }}>
            <TableCell />
            <TableCell>{count('table.totalSchools', totals.schools)}</TableCell>
            <TableCell>
              {t('table.directions', {
                list: totals.directions
                  .map((direction) =>
                    t(`directions.${direction.direction}`, { defaultValue: direction.name }),
                  )
                  .join(', '),
              })}
            </TableCell>
            <TableCell>{deliverySummary}</TableCell>
            <TableCell align="right">
              {count('table.totalStudents', totals.students)}, {count('table.totalTeachers', totals.teachers)}
            </TableCell>
            {registered && (
              <TableCell align="right" data-testid="programme-table-registered-total">
                {formatNumber(totals.registeredOnPlatform)}
              </TableCell>
            )}
            {trained && (
              <TableCell align="right" data-testid="programme-table-trained-total">
                {formatNumber(totals.teachersTrained)}
              </TableCell>
            )}
          </TableRow>
        </TableFooter>
      </Table>
    </TableContainer>
  );
}
