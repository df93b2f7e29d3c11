import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { enUS as coreEn, ruRU as coreRu } from '@mui/material/locale';
import { enUS as gridEn, ruRU as gridRu } from '@mui/x-data-grid/locales';
import { LocalizationProvider } from '@mui/x-date-pickers';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { enUS as pickersEn, ruRU as pickersRu } from '@mui/x-date-pickers/locales';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { SessionProvider } from '../auth/session';

/**
 * MUI X ships these Russian texts commented out (untranslated): without them the grid says "1–20 of 42"
 * and reads English labels to screen readers.
 */
const gridRuMissing = {
  components: {
    MuiDataGrid: {
      defaultProps: {
        localeText: {
          ...gridRu.components.MuiDataGrid.defaultProps.localeText,
          paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
            `${from}–${to} из ${count === -1 ? `более ${to}` : count}`,
          columnMenuAriaLabel: (columnName: string) => `Меню столбца «${columnName}»`,
          columnHeaderSortIconAriaLabel: (columnName: string, direction: 'asc' | 'desc' | null | undefined) =>
            direction === 'desc'
              ? `«${columnName}»: по убыванию`
              : direction === 'asc'
                ? `«${columnName}»: по возрастанию`
                : `Сортировать по «${columnName}»`,
        },
      },
    },
  },
};

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; a dropped connection may.
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Theme in the user's language (MUI core, data grid and date pickers all localised), queries, session. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(newQueryClient);
  const russian = i18n.language !== 'en';
  dayjs.locale(russian ? 'ru' : 'en');
  const theme = useMemo(
    () =>
      createTheme(
        {
          palette: {
            primary: { main: '#1f4e8c' },
            secondary: { main: '#e07a1f' },
            // MUI's own orange and light blue read at 3.1:1 and 3.9:1 on white (status chips, outlined or
            // filled): darker shades keep those texts at WCAG AA's 4.5:1, on white and on grey rows.
            warning: { main: '#b45309' },
            info: { main: '#0369a1' },
          },
          typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
          components: { MuiButton: { defaultProps: { disableElevation: true } } },
        },
        russian ? coreRu : coreEn,
        russian ? gridRuMissing : gridEn,
        russian ? pickersRu : pickersEn,
      ),
    [russian],
  );
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={russian ? 'ru' : 'en'}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>{children}</SessionProvider>
        </QueryClientProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
