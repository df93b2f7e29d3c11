import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  Snackbar,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { api, downloadFile, formatDateTime, formatNumber, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROADMAP_KEY, type Evidence } from '../data/roadmap-queries';
import { ProblemAlert } from '../shared/problem-alert';

function useFileSize() {
  const { t } = useTranslation('roadmap');
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t('evidence.kb', { value: formatNumber(Math.max(1, Math.ceil(bytes / 1024))) })
      : t('evidence.mb', { value: formatNumber(bytes / 1024 / 1024, 1) });
}

/** The files of one expected document: name, school, format and size, when; download and delete. */
export function EvidenceList({
  files,
  schoolName,
  showSchool,
  mayDelete,
}: {
  files: Evidence[];
  schoolName: (id: string | null) => string | undefined;
  showSchool: boolean;
  mayDelete: boolean;
}) {
  const { t } = useTranslation('roadmap');
  const size = useFileSize();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const [deleted, setDeleted] = useState(false);

  const download = (file: Evidence) =>
    downloadFile(`/api/v1/roadmap-evidence/${file.id}/content`, file.fileName).then(
      () => setDownloadError(null),
      (error: unknown) => setDownloadError(error),
    );

  return (
    <>
      {downloadError !== null && <Box sx={{ mt: 1 }}><ProblemAlert error={downloadError} /></Box>}
      <Box component="ul" sx={{ listStyle: 'none', m: 0, mt: 1, p: 0 }} aria-label={t('evidence.title')}>
        {files.map((file) => (
          <Stack
            key={file.id}
            component="li"
            direction="row"
            spacing={1}
            data-testid="evidence-item"
            sx={{ alignItems: 'center', py: 1, borderTop: 1, borderColor: 'divider' }}
          >
            <Box sx={{ minWidth: 0, flexGrow: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{file.fileName}</Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {showSchool && `${file.schoolId ? (schoolName(file.schoolId) ?? '…') : t('evidence.wholeActivity')} · `}
                {file.format} · {size(file.size)} · {t('evidence.uploadedAt')} {formatDateTime(file.uploadedAt)}
              </Typography>
            </Box>
            <Tooltip title={t('evidence.download')}>
              <IconButton
                aria-label={t('evidence.downloadNamed', { name: file.fileName })}
                onClick={() => void download(file)}
                data-testid="evidence-download"
              >
                <DownloadIcon />
              </IconButton>
            </Tooltip>
            {mayDelete && (
              <Tooltip title={t('evidence.delete')}>
                <IconButton
                  aria-label={t('evidence.deleteNamed', { name: file.fileName })}
                  onClick={() => setDeleting(file)}
                  data-testid="evidence-delete"
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Tooltip>
            )}
          </Stack>
        ))}
      </Box>
      {deleting && (
        <DeleteEvidenceDialog
          file={deleting}
          onClose={(done) => {
            setDeleting(null);
            setDeleted(done);
          }}
        />
      )}
      <Snackbar open={deleted} autoHideDuration={4000} onClose={() => setDeleted(false)} message={t('evidence.deleted')} />
    </>
  );
}

function DeleteEvidenceDialog({ file, onClose }: { file: Evidence; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/roadmap-evidence/{id}', { params: { path: { id: file.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [ROADMAP_KEY] });
      onClose(true);
    },
  });
  return (
    <Dialog open onClose={() => onClose(false)} aria-labelledby="delete-evidence-title" data-testid="evidence-delete-dialog">
      <DialogTitle id="delete-evidence-title">{t('evidence.deleteTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('evidence.deleteText', { name: file.fileName })}</DialogContentText>
        {remove.isError && <Box sx={{ mt: 2 }}><ProblemAlert error={remove.error} /></Box>}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{tc('actions.cancel')}</Button>
        <Button color="error" variant="contained" loading={remove.isPending} onClick={() => remove.mutate()} data-testid="evidence-delete-confirm">
          {t('evidence.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
