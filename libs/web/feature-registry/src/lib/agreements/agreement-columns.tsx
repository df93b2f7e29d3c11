import { Box, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { formatDate } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { CellLink } from '../shared/grid';
import { AgreementStatus, type Agreement } from './agreement-status';

type Column = 'number' | 'partyName' | 'partnerName' | 'subject' | 'validTo' | 'status';

/**
 * The agreement table's columns; `field` is the API's sort field where it has one. The cards leave out
 * the side they are the card of.
 */
export function useAgreementColumns(omit: readonly Column[] = []): GridColDef<Agreement>[] {
  const { t } = useTranslation(REGISTRY_NS);
  return useMemo(() => {
    const all: (GridColDef<Agreement> & { field: Column })[] = [
      {
        field: 'number',
        headerName: t('fields.number'),
        minWidth: 110,
        renderCell: ({ row }) => <CellLink to={`/agreements/${row.id}`}>{row.number}</CellLink>,
      },
      {
        field: 'partyName',
        headerName: t('fields.partyShort'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => row.partyOrganisationName,
      },
      {
        field: 'partnerName',
        headerName: t('fields.partner'),
        flex: 1,
        minWidth: 130,
        valueGetter: (_value, row) => row.partnerOrganisationName,
      },
      {
        field: 'validTo',
        headerName: t('fields.term'),
        minWidth: 120,
        renderCell: ({ row }) => (
          <Box>
            <div>{formatDate(row.validFrom)} –</div>
            <div>{row.validTo ? formatDate(row.validTo) : t('agreements.openEnded')}</div>
          </Box>
        ),
      },
      {
        field: 'status',
        headerName: t('fields.status'),
        minWidth: 200,
        sortable: false,
        renderCell: ({ row }) => <AgreementStatus agreement={row} />,
      },
      {
        field: 'subject',
        headerName: t('fields.subject'),
        flex: 2,
        minWidth: 200,
        sortable: false,
        renderCell: ({ row }) => (
          <Typography
            variant="body2"
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 3,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {row.subject}
          </Typography>
        ),
      },
    ];
    return all.filter((column) => !omit.includes(column.field));
    // `omit` is a constant list per caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t]);
}
