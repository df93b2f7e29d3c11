import DescriptionIcon from '@mui/icons-material/Description';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import { downloadFile, isApiError } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_CODE } from './programme-queries';
import '../i18n';

const HALVES = [1, 2] as const;

/** «Справка о ходе реализации (DOCX)»: the region's half-year status report, for the half chosen from its menu. */
export function DownloadHalfYearReportButton({ schoolYear }: { schoolYear: number }) {
  const { t } = useTranslation('overview');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async (half: (typeof HALVES)[number]) => {
    setAnchor(null);
    setBusy(true);
    setFailure(undefined);
    try {
      const query = new URLSearchParams({
        programmeCode: PROGRAMME_CODE,
        schoolYear: String(schoolYear),
        half: String(half),
      });
      await downloadFile(
        `/api/v1/reports/half-year-status.docx?${query.toString()}`,
        `${t('halfYearReport.fileName', { half: t(`halfYearReport.half${half}`), from: schoolYear, to: schoolYear + 1 })}.docx`,
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
        startIcon={<DescriptionIcon />}
        loading={busy}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        data-testid="download-half-year-report"
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('halfYearReport.download')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {HALVES.map((half) => (
          <MenuItem key={half} onClick={() => void download(half)} data-testid={`half-year-report-${half}`}>
            {t(`halfYearReport.half${half}`)}
          </MenuItem>
        ))}
      </Menu>
      <Snackbar open={!!failure} autoHideDuration={8000} onClose={() => setFailure(undefined)}>
        <Alert severity="error" role="alert" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
