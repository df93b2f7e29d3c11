import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { Box, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Empty, formatNumber } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import type { RankingPreview } from '../data/studios-queries';
import { useStudioNames } from '../shared/studio-names';

/** A place gained or lost, in words and an arrow (the arrow alone tells a screen reader nothing). */
function PlaceChange({ change }: { change: number }) {
  const { t } = useTranslation('studios');
  if (change === 0) return <>{t('preview.same')}</>;
  const Icon = change > 0 ? ArrowUpwardIcon : ArrowDownwardIcon;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: change > 0 ? 'success.dark' : 'error.dark' }}>
      <Icon fontSize="small" aria-hidden />
      <span>{t(change > 0 ? 'preview.up' : 'preview.down', { count: Math.abs(change) })}</span>
    </Stack>
  );
}

/** The ranking under the edited criteria beside the current one: who moves, and by how many points. */
export function PreviewResult({ preview, cycleId }: { preview: RankingPreview; cycleId: string }) {
  const { t } = useTranslation('studios');
  const studioNames = useStudioNames(cycleId);
  const moved = preview.changes.filter((change) => change.placeChange !== 0).length;
  const leaderOf = new Map(preview.edited.standings.map((standing) => [standing.studioId, standing.leader]));
  return (
    <Box data-testid="preview-result">
      <Typography variant="h6" component="h2" gutterBottom>
        {t('preview.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }} data-testid="preview-summary">
        {t('preview.moved', { count: moved })}
      </Typography>
      {preview.changes.length === 0 ? (
        <Empty>{t('ranking.empty')}</Empty>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('preview.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('preview.editedRank')}</TableCell>
                <TableCell>{t('ranking.studio')}</TableCell>
                <TableCell>{t('preview.currentRank')}</TableCell>
                <TableCell>{t('preview.change')}</TableCell>
                <TableCell align="right">{t('preview.currentTotal')}</TableCell>
                <TableCell align="right">{t('preview.editedTotal')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.changes.map((change) => {
                const names = studioNames(change.studioId);
                return (
                  <TableRow
                    key={change.studioId}
                    data-testid="preview-row"
                    data-studio-id={change.studioId}
                    data-place-change={change.placeChange}
                  >
                    <TableCell>
                      {change.editedRank}
                      {leaderOf.get(change.studioId) && ` · ${t('ranking.leader')}`}
                    </TableCell>
                    <TableCell>
                      {names.school}
                      {names.theme && (
                        <Typography variant="body2" color="text.secondary">
                          {names.theme}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{change.currentRank}</TableCell>
                    <TableCell>
                      <PlaceChange change={change.placeChange} />
                    </TableCell>
                    <TableCell align="right">{formatNumber(change.currentTotal, 2)}</TableCell>
                    <TableCell align="right">{formatNumber(change.editedTotal, 2)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
