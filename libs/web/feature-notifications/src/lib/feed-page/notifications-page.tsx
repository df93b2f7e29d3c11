import DoneAllIcon from '@mui/icons-material/DoneAll';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import {
  Badge,
  Box,
  Button,
  LinearProgress,
  MenuItem,
  Pagination,
  Paper,
  Snackbar,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { Empty, ErrorAlert, Loading, PageHeader, useListParams, useUnreadCount } from '@orbita/web/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  NOTIFICATION_KINDS,
  useFeed,
  useMarkAllRead,
  useMarkRead,
  type NotificationKind,
} from '../data/notification-queries';
import { NotificationItem } from './notification-item';

const PAGE_SIZE = 20;

/** `/notifications`: my feed, newest first, unread ones marked; paged on the server. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const list = useListParams({ pageSize: PAGE_SIZE });
  const { params, filters, update } = list;
  const unreadOnly = filters['unread'] === 'true';
  const kind = NOTIFICATION_KINDS.find((item) => item === filters['kind']);
  const feed = useFeed({ page: params.page, pageSize: params.pageSize, unread: unreadOnly, kind });
  const unread = useUnreadCount().data?.unread ?? 0;
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [message, setMessage] = useState('');

  const readAll = () =>
    markAll.mutate(kind, {
      onSuccess: ({ marked }) => setMessage(marked > 0 ? t('readAllDone', { count: marked }) : t('readAllNone')),
      onError: () => setMessage(t('error')),
    });

  const total = feed.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  // Reading the last ones of the last page (in "unread") leaves it empty: step back to a page that has some.
  const pageGone = !!feed.data && feed.data.items.length === 0 && params.page > 1;
  useEffect(() => {
    if (pageGone) update({ page: pages }, false);
  }, [pageGone, pages, update]);
  const from = total === 0 ? 0 : (params.page - 1) * params.pageSize + 1;
  const to = Math.min(total, params.page * params.pageSize);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={<span data-testid="notifications-unread-count">{t('unreadCount', { count: unread })}</span>}
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<DoneAllIcon />}
              onClick={readAll}
              loading={markAll.isPending}
              disabled={unread === 0}
              data-testid="notifications-read-all"
            >
              {t('readAll')}
            </Button>
            <Button variant="outlined" component={RouterLink} to="/notifications/settings" startIcon={<SettingsOutlinedIcon />} data-testid="notifications-settings">
              {t('settings.open')}
            </Button>
          </>
        }
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
        <Tabs
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(_, value: string) => update({ unread: value === 'unread' ? 'true' : undefined })}
          aria-label={t('tabs.label')}
        >
          <Tab value="all" label={t('tabs.all')} data-testid="notifications-tab-all" />
          <Tab
            value="unread"
            data-testid="notifications-tab-unread"
            label={
              <Badge color="primary" badgeContent={unread} max={99} sx={{ '& .MuiBadge-badge': { right: -18 } }}>
                {t('tabs.unread')}
              </Badge>
            }
            sx={{ pr: unread > 0 ? 5 : 2 }}
          />
        </Tabs>
        <TextField
          select
          size="small"
          label={t('kindFilter')}
          value={kind ?? ''}
          onChange={(event) => update({ kind: event.target.value || undefined })}
          sx={{ minWidth: 240 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid="notifications-kind-filter"
        >
          <MenuItem value="">{t('allKinds')}</MenuItem>
          {NOTIFICATION_KINDS.map((item: NotificationKind) => (
            <MenuItem key={item} value={item}>{t(`kinds.${item}`)}</MenuItem>
          ))}
        </TextField>
      </Stack>

      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
      ) : feed.data.items.length === 0 ? (
        <Paper variant="outlined">
          <Empty>{unreadOnly ? t('emptyUnread') : kind ? t('emptyKind') : t('empty')}</Empty>
        </Paper>
      ) : (
        <>
          <Box sx={{ minHeight: 4 }}>{feed.isFetching && <LinearProgress />}</Box>
          <Paper variant="outlined" component="ul" sx={{ listStyle: 'none', m: 0, p: 0, overflow: 'hidden' }} data-testid="notifications-feed">
            {feed.data.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onMarkRead={(id) => markRead.mutate(id, { onError: () => setMessage(t('error')) })}
                marking={markRead.isPending && markRead.variables === notification.id}
              />
            ))}
          </Paper>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="body2" color="text.secondary" data-testid="notifications-range">
              {t('range', { from, to, total })}
            </Typography>
            {pages > 1 && (
              <Pagination
                count={pages}
                page={Math.min(params.page, pages)}
                onChange={(_, page) => {
                  update({ page }, false);
                  window.scrollTo({ top: 0 });
                }}
                color="primary"
                aria-label={t('pagination')}
              />
            )}
          </Stack>
        </>
      )}
      <Snackbar open={!!message} autoHideDuration={4000} onClose={() => setMessage('')} message={message} />
    </>
  );
}
