import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The facts of a card (a `<dl>`): a grid of `Fact`s, `columns` as CSS grid columns per breakpoint. */
export function Facts({ columns, children }: { columns: Record<string, string>; children: ReactNode }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: columns }}>
      {children}
    </Box>
  );
}

/** One fact: its label above its value. */
export function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }} data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}
