import { Box, Typography } from '@mui/material';
import { Fragment, type ReactNode } from 'react';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label–value pairs of a card (a `<dl>`): two columns on wide screens, stacked on narrow ones. */
export function DetailsList({ items }: { items: Detail[] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, 34%) 1fr' },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1.25 },
      }}
    >
      {items.map((item) => (
        <Fragment key={item.label}>
          <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: { xs: 1, sm: 0 } }}>
            {item.label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {item.value ?? '—'}
          </Typography>
        </Fragment>
      ))}
    </Box>
  );
}
