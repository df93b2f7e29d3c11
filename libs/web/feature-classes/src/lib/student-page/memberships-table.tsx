import {
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { api, formatDate, isApiError, unwrap } from '@orbita/web/core';

import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { basisText } from '../shared/basis';
import { schoolYearLabel } from '../shared/format';
import { orderLabel } from '../shared/order-select';
import { keys, useSchoolOrders, type Student } from '../shared/queries';

/** The student's stays in programme classes, oldest first: class, year, order, basis, how each ended. */
export function MembershipsTable({ student }: { student: Student }) {
  const { t } = useTranslation('classes');
  const classIds = [...new Set(student.memberships.map((membership) => membership.classId))];
  const classes = useQueries({
    queries: classIds.map((id) => ({
      queryKey: keys.programmeClass(id),
      queryFn: () => unwrap(api.GET('/api/v1/classes/{id}', { params: { path: { id } } })),
    })),
  });
  const orders = useSchoolOrders(undefined).data ?? [];

  const classCell = (classId: string) => {
    const query = classes[classIds.indexOf(classId)];
    if (query?.data)
      return (
        <Link component={RouterLink} to={`/classes/${classId}`}>
          {query.data.label}
        </Link>
      );
    if (query && (isApiError(query.error, 404) || isApiError(query.error, 403)))
      return t('membership.otherSchoolClass');
    return '…';
  };
  const orderCell = (orderId: string) => {
    const order = orders.find((item) => item.id === orderId);
    return order ? orderLabel(order, t) : t('membership.orderUnknown');
  };

  if (student.memberships.length === 0)
    return (
      <Typography color="text.secondary" data-testid="student-memberships-empty">
        {t('membership.none')}
      </Typography>
    );

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="student-memberships" aria-label={t('student.membershipsTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('membership.class')}</TableCell>
            <TableCell>{t('fields.schoolYear')}</TableCell>
            <TableCell>{t('membership.enrolledOn')}</TableCell>
            <TableCell sx={{ minWidth: 170 }}>{t('membership.order')}</TableCell>
            <TableCell sx={{ minWidth: 160 }}>{t('membership.basis')}</TableCell>
            <TableCell sx={{ minWidth: 180 }}>{t('membership.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {student.memberships.map((membership, index) => (
            // A student may leave a class and come back the same day: the position tells stays apart.
            <TableRow
              key={`${membership.classId}-${membership.enrolledOn}-${index}`}
              data-testid="student-membership"
            >
              <TableCell>{classCell(membership.classId)}</TableCell>
              <TableCell>{schoolYearLabel(membership.schoolYear)}</TableCell>
              <TableCell>{formatDate(membership.enrolledOn)}</TableCell>
              <TableCell>{orderCell(membership.orderId)}</TableCell>
              <TableCell>{basisText(t, membership.basis)}</TableCell>
              <TableCell>
                {membership.endedOn ? (
                  <>
                    {t(`membership.ended.${membership.endReason ?? 'withdrawn'}`, {
                      date: formatDate(membership.endedOn),
                    })}
                    {membership.reasonCode && (
                      <Typography variant="body2" color="text.secondary">
                        {t(`withdrawReasons.${membership.reasonCode}`, {
                          defaultValue: membership.reasonCode,
                        })}
                        {membership.reasonText ? `: ${membership.reasonText}` : ''}
                      </Typography>
                    )}
                  </>
                ) : (
                  <strong>{t('membership.current')}</strong>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
