import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { downloadFile } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';

/** The XLSX template of the work for the school (its participant codes pre-filled). */
export function TemplateButton({
  workId,
  schoolId,
  onError,
}: {
  workId: string;
  schoolId: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation(WORKS_NS);
  const download = useMutation({
    mutationFn: () => downloadFile(`/api/v1/works/${workId}/schools/${schoolId}/template`, 'protocol.xlsx'),
    onError,
  });
  return (
    <Button
      variant="outlined"
      startIcon={<DownloadIcon />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid="download-template"
    >
      {t('panel.downloadTemplate')}
    </Button>
  );
}
