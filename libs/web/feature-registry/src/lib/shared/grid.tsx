import { Link, Stack, Typography } from '@mui/material';
import { Empty } from '@orbita/web/core';
import type { GridColDef, GridOverlayProps } from '@mui/x-data-grid';
import { ActiveChip } from './chips';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

function EmptyRows({ children }: GridOverlayProps) {
  return <Empty>{children}</Empty>;
}

/**
 * What the registry's tables share: rows as tall as their content (names wrap instead of being cut on a
 * tablet), a pointer on clickable rows, and the list's own "nothing found" text.
 */
export function gridProps(emptyText: string) {
  return {
    getRowHeight: () => 'auto' as const,
    slots: { noRowsOverlay: EmptyRows },
    slotProps: { noRowsOverlay: { children: emptyText } },
    sx: {
      border: 0,
      '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
      '& .MuiDataGrid-row': { cursor: 'pointer' },
    },
  };
}

/** A real link in a cell, so a keyboard user can open the card (a row click is mouse-only). */
export function CellLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      component={RouterLink}
      to={to}
      underline="hover"
      sx={{ fontWeight: 500 }}
      onClick={(event) => event.stopPropagation()}
    >
      {children}
    </Link>
  );
}

interface WithContacts {
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** E-mail (a link) with the phone under it. */
function Contacts({ email, phone }: Pick<WithContacts, 'email' | 'phone'>) {
  return (
    <Stack sx={{ overflowWrap: 'anywhere' }}>
      {email ? (
        <Link href={`mailto:${email}`} onClick={(event) => event.stopPropagation()}>
          {email}
        </Link>
      ) : (
        '—'
      )}
      {phone && (
        <Typography variant="caption" color="text.secondary">
          {phone}
        </Typography>
      )}
    </Stack>
  );
}

/** The "contacts" and "state" columns every registry table of organisations or people ends with. */
export function contactColumns<Row extends WithContacts>(
  t: (key: string) => string,
  { emailSortable }: { emailSortable: boolean },
): GridColDef<Row>[] {
  return [
    {
      field: 'email',
      headerName: t('fields.contacts'),
      flex: 1,
      minWidth: 190,
      sortable: emailSortable,
      renderCell: ({ row }) => <Contacts email={row.email} phone={row.phone} />,
    },
    {
      field: 'active',
      headerName: t('fields.state'),
      minWidth: 120,
      sortable: false,
      renderCell: ({ row }) => <ActiveChip active={row.active} />,
    },
  ];
}
