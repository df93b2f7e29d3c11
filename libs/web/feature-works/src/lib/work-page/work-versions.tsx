import {
  Button,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatDateTime, formatNumber, VisuallyHidden } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import type { Work } from '../shared/types';

/** Published versions of the blueprint; a past one can be shown in place of the current one. */
export function WorkVersions({
  work,
  shown,
  onShow,
}: {
  work: Work;
  shown: number;
  onShow: (version: number) => void;
}) {
  const { t } = useTranslation(WORKS_NS);
  const versions = [...work.versions].sort((a, b) => b.version - a.version);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="work-versions-title">
      <Typography
        id="work-versions-title"
        variant="subtitle1"
        component="h2"
        sx={{ px: 2, pt: 2, fontWeight: 600 }}
      >
        {t('work.versions')}
      </Typography>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="work-versions">
          <TableHead>
            <TableRow>
              <TableCell>{t('work.versionNumber')}</TableCell>
              <TableCell>{t('work.published')}</TableCell>
              <TableCell align="right">{t('work.protocolsChecked')}</TableCell>
              <TableCell>
                <VisuallyHidden>{t('work.versionActions')}</VisuallyHidden>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((version) => (
              <TableRow key={version.version} selected={version.version === shown}>
                <TableCell>
                  {version.version}{' '}
                  {version.version === work.version && (
                    <Chip size="small" label={t('work.current')} variant="outlined" />
                  )}
                </TableCell>
                <TableCell>{formatDateTime(version.publishedAt)}</TableCell>
                <TableCell align="right">{formatNumber(version.protocolCount)}</TableCell>
                <TableCell align="right">
                  {version.version !== shown && (
                    <Button size="small" onClick={() => onShow(version.version)}>
                      {t('work.show')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
