import { Box, Chip, Link, Paper, Stack, Tooltip, Typography, useMediaQuery, useTheme } from '@mui/material';
import { formatDate } from '@orbita/web/core';
import { Fragment, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Activity, ActivityState } from '../data/roadmap-queries';
import { isDueSoon } from '../shared/activity-markers';
import { windowLabel } from '../shared/activity-window';
import type { StageGroup } from './group-by-stage';
import { MonthScale, spanOf, todayUtc, type Span } from './timeline-scale';

const ROW_HEIGHT = 46;
const MAX_MONTH = 120;
const BAR_HEIGHT = 18;

const BAR_COLOURS: Record<ActivityState, string> = {
  planned: 'grey.500',
  in_progress: 'info.main',
  done: 'success.main',
  overdue: 'error.main',
};

/** Today inside the axis, or within three months of it: then the axis stretches to show it. */
function scaleWithToday(spans: Span[], today: Date, monthWidth: number): MonthScale | undefined {
  const scale = MonthScale.covering(spans, monthWidth);
  if (!scale || scale.contains(today)) return scale;
  const near = MonthScale.covering([...spans, { end: today, kind: 'dates', milestones: [] }], monthWidth);
  return near && near.count - scale.count <= 3 ? near : scale;
}

/**
 * Months along the top, one row per activity with a bar from its window's start to its end (a diamond
 * for a deadline without a start, stripes for monthly work), milestones as ticks, today as a red line.
 * Labels stay on the left while the months scroll sideways on a narrow screen.
 */
export function ActivityTimeline({ groups, schoolYear }: { groups: StageGroup[]; schoolYear: number }) {
  const { t, i18n } = useTranslation('roadmap');
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const labelWidth = narrow ? 190 : 280;
  const [available, setAvailable] = useState(0);
  const today = useMemo(todayUtc, []);
  // The months share the width there is, but never get narrower than their labels need.
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setAvailable(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const rows = useMemo(
    () => groups.map((group) => ({ group, spans: group.activities.map((activity) => spanOf(activity, schoolYear)) })),
    [groups, schoolYear],
  );
  const spans = useMemo(() => rows.flatMap((row) => row.spans), [rows]);
  const months = useMemo(() => scaleWithToday(spans, today, 1)?.count ?? 1, [spans, today]);
  const monthWidth = Math.min(MAX_MONTH, Math.max(narrow ? 48 : 52, Math.floor((available - labelWidth - 2) / months)));
  const scale = useMemo(() => scaleWithToday(spans, today, monthWidth), [spans, today, monthWidth]);
  if (!scale) return null;

  const locale = i18n.language === 'en' ? 'en-GB' : 'ru-RU';
  const todayShown = scale.contains(today);
  const todayX = scale.x(today) + scale.monthWidth / 60;
  const gridLines = `repeating-linear-gradient(to right, transparent 0, transparent ${monthWidth - 1}px, ${theme.palette.divider} ${monthWidth - 1}px, ${theme.palette.divider} ${monthWidth}px)`;
  const sticky = { position: 'sticky', left: 0, zIndex: 2, bgcolor: 'background.paper' } as const;

  return (
    <Stack spacing={1.5} data-testid="roadmap-timeline">
      <Legend todayShown={todayShown} after={scale.x(today) >= scale.width} />
      <Paper
        ref={measure}
        variant="outlined"
        sx={{ overflow: 'auto', maxHeight: '75vh' }}
        role="region"
        aria-label={t('timeline.label')}
        tabIndex={0}
      >
        <Box sx={{ display: 'grid', gridTemplateColumns: `${labelWidth}px ${scale.width}px`, minWidth: labelWidth + scale.width }}>
          {/* The months */}
          <Box sx={{ ...sticky, top: 0, zIndex: 5, borderBottom: 1, borderColor: 'divider' }} />
          <Box
            sx={{ position: 'sticky', top: 0, zIndex: 4, height: 60, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper', backgroundImage: gridLines }}
            aria-hidden
          >
            {scale.months().map((month, i) => (
              <Box key={i} sx={{ position: 'absolute', left: i * monthWidth, width: monthWidth, top: 4, textAlign: 'center' }}>
                <Typography variant="caption" component="div" sx={{ fontWeight: 500, lineHeight: 1.3 }}>
                  {month.toLocaleDateString(locale, { month: 'short', timeZone: 'UTC' }).replace('.', '')}
                </Typography>
                {(i === 0 || month.getUTCMonth() === 0) && (
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ lineHeight: 1.3 }}>
                    {month.getUTCFullYear()}
                  </Typography>
                )}
              </Box>
            ))}
            {todayShown && (
              <Typography
                variant="caption"
                sx={{ position: 'absolute', left: todayX - 1, bottom: 0, pl: 0.5, borderLeft: 2, borderColor: 'error.main', lineHeight: 1.4, color: 'error.main', fontWeight: 600, whiteSpace: 'nowrap' }}
              >
                {t('timeline.today')}
              </Typography>
            )}
          </Box>

          {rows.map(({ group, spans }) => (
            <Fragment key={group.number}>
              <Box sx={{ gridColumn: '1 / -1', py: 0.75, bgcolor: 'grey.100', borderBottom: 1, borderColor: 'divider', position: 'relative' }}>
                {todayShown && <TodayLine x={labelWidth + todayX} />}
                <Typography variant="body2" component="h3" sx={{ fontWeight: 600, position: 'sticky', left: 12, px: 1.5, display: 'inline-block', zIndex: 2 }}>
                  {t('stage', { number: group.number, title: group.title })}
                </Typography>
              </Box>
              {group.activities.map((activity, i) => (
                <Fragment key={activity.id}>
                  <Box sx={{ ...sticky, px: 1.5, height: ROW_HEIGHT, display: 'flex', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider' }}>
                    <Typography variant="body2" sx={{ fontWeight: 600, minWidth: '1.75rem' }}>{activity.number}</Typography>
                    <Link
                      component={RouterLink}
                      to={`/roadmap/activities/${activity.id}`}
                      variant="body2"
                      underline="hover"
                      title={activity.title}
                      sx={{
                        minWidth: 0,
                        fontSize: '0.8125rem',
                        lineHeight: 1.3,
                        display: '-webkit-box',
                        WebkitLineClamp: 2,
                        WebkitBoxOrient: 'vertical',
                        overflow: 'hidden',
                      }}
                    >
                      {activity.title}
                    </Link>
                  </Box>
                  <Box sx={{ position: 'relative', zIndex: 0, height: ROW_HEIGHT, borderBottom: 1, borderColor: 'divider', backgroundImage: gridLines }}>
                    {todayShown && <TodayLine x={todayX} />}
                    <Bar activity={activity} span={spans[i]} scale={scale} />
                  </Box>
                </Fragment>
              ))}
            </Fragment>
          ))}
        </Box>
      </Paper>
    </Stack>
  );
}

function TodayLine({ x }: { x: number }) {
  return (
    <Box
      data-testid="timeline-today"
      aria-hidden
      sx={{ position: 'absolute', left: x, top: 0, bottom: 0, width: 2, bgcolor: 'error.main', opacity: 0.8, zIndex: 1 }}
    />
  );
}

function Bar({ activity, span, scale }: { activity: Activity; span: Span; scale: MonthScale }) {
  const { t } = useTranslation('roadmap');
  const colour = BAR_COLOURS[activity.state];
  const window = windowLabel(t, activity.window);
  const label = t('timeline.barLabel', {
    number: activity.number,
    title: activity.title,
    window,
    state: t(`status.${activity.state}`),
  });
  const top = (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const tooltip = (
    <>
      <strong>№ {activity.number}.</strong> {activity.title}
      <br />
      {window} · {t(`status.${activity.state}`)}
      {isDueSoon(activity) && <> · {t('markers.dueSoon')}</>}
      {activity.missingDeliverableCount > 0 && <> · {t('markers.missing', { count: activity.missingDeliverableCount })}</>}
    </>
  );
  const common = {
    component: RouterLink,
    to: `/roadmap/activities/${activity.id}`,
    'aria-label': label,
    'data-testid': 'timeline-bar',
    // The row's title link leads to the same page: one tab stop per activity is enough.
    tabIndex: -1,
    'data-state': activity.state,
  };

  if (!span.start) {
    const x = scale.x(span.end) + scale.monthWidth / 60;
    return (
      <Tooltip title={tooltip} arrow>
        <Box
          {...common}
          sx={{
            position: 'absolute',
            left: x - BAR_HEIGHT / 2,
            top,
            width: BAR_HEIGHT - 4,
            height: BAR_HEIGHT - 4,
            mt: '2px',
            bgcolor: colour,
            transform: 'rotate(45deg)',
            borderRadius: 0.5,
            zIndex: 2,
            '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.dark', outlineOffset: 2 },
          }}
        />
      </Tooltip>
    );
  }
  const left = scale.x(span.start);
  const width = Math.max(scale.xEnd(span.end) - left, 6);
  return (
    <>
      <Tooltip title={tooltip} arrow>
        <Box
          {...common}
          sx={{
            position: 'absolute',
            left,
            width,
            top,
            height: BAR_HEIGHT,
            borderRadius: 1,
            bgcolor: colour,
            opacity: activity.window.kind === 'dates' ? 1 : 0.75,
            backgroundImage:
              activity.window.kind === 'monthly'
                ? 'repeating-linear-gradient(135deg, rgba(255,255,255,0.35) 0 6px, transparent 6px 12px)'
                : undefined,
            zIndex: 2,
            '&:hover': { filter: 'brightness(0.9)' },
            '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.dark', outlineOffset: 2 },
          }}
        />
      </Tooltip>
      {span.milestones.map((milestone, i) => (
        <Box
          key={i}
          aria-hidden
          sx={{
            position: 'absolute',
            left: scale.xEnd(milestone) - 2,
            top: top - 4,
            width: 4,
            height: BAR_HEIGHT + 8,
            borderRadius: 0.5,
            bgcolor: 'text.primary',
            zIndex: 3,
            pointerEvents: 'none',
          }}
        />
      ))}
    </>
  );
}

function Legend({ todayShown, after }: { todayShown: boolean; after: boolean }) {
  const { t } = useTranslation('roadmap');
  const swatch = (colour: string) => <Box component="span" sx={{ width: 14, height: 10, borderRadius: 0.5, bgcolor: colour, display: 'inline-block' }} />;
  const states: ActivityState[] = ['planned', 'in_progress', 'done', 'overdue'];
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} aria-label={t('timeline.legend')}>
      {states.map((state) => (
        <Stack key={state} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          {swatch(BAR_COLOURS[state])}
          <Typography variant="caption">{t(`status.${state}`)}</Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <Box component="span" sx={{ width: 9, height: 9, bgcolor: 'grey.600', transform: 'rotate(45deg)', display: 'inline-block' }} />
        <Typography variant="caption">{t('timeline.deadlineOnly')}</Typography>
      </Stack>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <Box component="span" sx={{ width: 3, height: 14, bgcolor: 'text.primary', display: 'inline-block' }} />
        <Typography variant="caption">{t('timeline.milestone')}</Typography>
      </Stack>
      {todayShown ? (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box component="span" sx={{ width: 2, height: 14, bgcolor: 'error.main', display: 'inline-block' }} />
          <Typography variant="caption">{t('timeline.today')}</Typography>
        </Stack>
      ) : (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          data-testid="timeline-today"
          label={t('timeline.todayOutside', { date: formatDate(new Date()), where: t(after ? 'timeline.after' : 'timeline.before') })}
        />
      )}
    </Stack>
  );
}
