import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Alert, Button, Snackbar } from '@mui/material';
import { downloadFile, isApiError } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_CODE } from './programme-queries';
import '../i18n';

/** «Скачать Excel»: the programme table as the server lays it out for the status report. */
export function DownloadProgrammeTableButton({ schoolYear }: { schoolYear: number }) {
  const { t } = useTranslation('overview');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const query = new URLSearchParams({ programmeCode: PROGRAMME_CODE, schoolYear: String(schoolYear) });
      await downloadFile(
        `/api/v1/reports/programme-table.xlsx?${query.toString()}`,
        `programme-table-${schoolYear}.xlsx`,
      );
    } catch (error) {
      setFailure((isApiError(error) && error.problem.detail) || t('downloadFailed'));
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
        onClick={download}
        data-testid="download-programme-table"
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('download')}
      </Button>
      <Snackbar open={!!failure} autoHideDuration={8000} onClose={() => setFailure(undefined)}>
        <Alert severity="error" role="alert" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
