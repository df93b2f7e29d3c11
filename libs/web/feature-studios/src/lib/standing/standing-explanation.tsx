import {
  Box,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatNumber, QueryState } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { useStanding, type StandingExplanation } from '../data/studios-queries';

function Explanation({ explanation }: { explanation: StandingExplanation }) {
  const { t } = useTranslation('studios');
  const first = explanation.nextPlaceRank === null;
  return (
    <Stack spacing={2} data-testid="standing-explanation" data-studio-id={explanation.studioId}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 1, sm: 4 }}>
        <Typography data-testid="standing-rank">
          {t('standing.rank', { rank: explanation.rank, studios: explanation.studioCount })}
        </Typography>
        <Typography data-testid="standing-total">
          {t('standing.total', { total: formatNumber(explanation.total, 2) })}
        </Typography>
        <Typography data-testid="standing-gap">
          {first
            ? t('standing.first')
            : t('standing.gap', { points: formatNumber(explanation.gapToNextPlace, 2), rank: explanation.nextPlaceRank })}
        </Typography>
      </Stack>
      <Box>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t('standing.earnedBy')}
        </Typography>
        {explanation.earnedBy.length === 0 ? (
          <Typography color="text.secondary">{t('standing.nothingEarned')}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-label={t('standing.earnedBy')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('standing.indicator')}</TableCell>
                  <TableCell align="right">{t('standing.facts')}</TableCell>
                  <TableCell align="right">{t('standing.quantity')}</TableCell>
                  <TableCell align="right">{t('standing.points')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {explanation.earnedBy.map((contribution) => (
                  <TableRow key={contribution.indicatorId} data-testid="contribution-row" data-indicator-id={contribution.indicatorId}>
                    <TableCell>
                      {contribution.name}
                      {contribution.capped && (
                        <Typography variant="body2" color="text.secondary">
                          {t('standing.capped')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">{contribution.factsCounted}</TableCell>
                    <TableCell align="right">
                      {formatNumber(contribution.quantity, 2)} {contribution.unit}
                    </TableCell>
                    <TableCell align="right">{formatNumber(contribution.points, 2)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Box>
      {!first && (
        <Box>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {t('standing.closeGap')}
          </Typography>
          {explanation.waysToCloseGap.length === 0 ? (
            <Typography color="text.secondary">{t('standing.noSingleWay')}</Typography>
          ) : (
            <List dense disablePadding>
              {explanation.waysToCloseGap.map((way) => (
                <ListItem key={way.indicatorId} disableGutters data-testid="gap-option">
                  <ListItemText
                    primary={t('standing.way', {
                      units: formatNumber(way.unitsNeeded, 2),
                      unit: way.unit,
                      name: way.name,
                      points: formatNumber(way.pointsGained, 2),
                    })}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Box>
      )}
    </Stack>
  );
}

/** Why a studio stands where it does: the indicators that earned its points, its gap and what would close it. */
export function StandingExplanationPanel({ studioId }: { studioId: string }) {
  const query = useStanding(studioId);
  return <QueryState query={query}>{(explanation) => <Explanation explanation={explanation} />}</QueryState>;
}
