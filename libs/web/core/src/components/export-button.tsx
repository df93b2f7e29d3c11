import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Alert, Button, Snackbar } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api/files';
import { isApiError } from '../api/problem';

/**
 * «Экспорт в XLSX»: downloads `<list>/export.xlsx` with the list's current filters and sort, every page
 * of it (the gateway writes at most 10,000 rows and answers 422 beyond, shown as its problem's detail).
 * `listPath` is the list's API path (`/api/v1/schools`); `query` the list's query as the screen sends it
 * (its page and pageSize are left out, empty values too).
 */
export function ExportXlsxButton({
  listPath,
  query = {},
  testId = 'export-xlsx',
}: {
  listPath: string;
  query?: object;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query) as [string, unknown][])
        if (
          ['string', 'number', 'boolean'].includes(typeof value) &&
          value !== '' &&
          key !== 'page' &&
          key !== 'pageSize'
        )
          search.set(key, String(value));
      const text = search.toString();
      await downloadFile(
        `${listPath}/export.xlsx${text ? `?${text}` : ''}`,
        `${listPath.split('/').pop()}.xlsx`,
      );
    } catch (error) {
      setFailure((isApiError(error) && error.problem.detail) || t('export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FileDownloadIcon />}
        loading={busy}
        onClick={() => void download()}
        data-testid={testId}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('export.xlsx')}
      </Button>
      <Snackbar open={!!failure} autoHideDuration={8000} onClose={() => setFailure(undefined)}>
        <Alert severity="error" role="alert" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
