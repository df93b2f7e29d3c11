import {
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatDateTime, formatNumber, QueryState } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useSchoolReconciliations } from '../data/integration-queries';
import { ReconcileButton } from '../shared/reconcile-button';

/** Each school's reconciliation at a glance, its name opening its mismatch report; «Сверить» for all. */
export function SchoolsTable() {
  const { t } = useTranslation('integration');
  const schools = useSchoolReconciliations();
  return (
    <section aria-labelledby="schools-title">
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Typography variant="h6" component="h2" id="schools-title">
          {t('schools.title')}
        </Typography>
        <ReconcileButton />
      </Stack>
      <QueryState query={schools} isEmpty={(items) => items.length === 0} empty={t('schools.none')}>
        {(items) => (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-labelledby="schools-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('schools.school')}</TableCell>
                  <TableCell align="right">{t('schools.linked')}</TableCell>
                  <TableCell align="right">{t('schools.open')}</TableCell>
                  <TableCell>{t('schools.reconciledAt')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((school) => (
                  <TableRow key={school.schoolId} data-testid="school-row" data-school-id={school.schoolId}>
                    <TableCell>
                      <Link component={RouterLink} to={`/integration/schools/${school.schoolId}`}>
                        {school.schoolName}
                      </Link>
                    </TableCell>
                    <TableCell align="right">{formatNumber(school.linked)}</TableCell>
                    <TableCell align="right" data-testid="school-open">
                      {formatNumber(school.open)}
                    </TableCell>
                    <TableCell>
                      {school.reconciledAt ? formatDateTime(school.reconciledAt) : t('schools.notYet')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
    </section>
  );
}
