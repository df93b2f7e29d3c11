import { api, unwrap, type Schemas } from '@orbita/web/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type Notification = Schemas['Notification'];
export type NotificationKind = Notification['kind'];
export type NotificationPreference = Schemas['NotificationPreference'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'protocol_submitted',
  'protocol_accepted',
  'protocol_returned',
  'analytics_updated',
  'roadmap_due_soon',
  'roadmap_overdue',
  'project_works_assigned',
  'project_sheets_due_soon',
  'project_works_nominated',
  'project_results_published',
  'studio_application_decided',
  'credit_fact_verified',
  'platform_mismatches_found',
];

/**
 * Every notification query starts with this key; the header's badge reads `['notifications',
 * 'unread-count']`, so invalidating the prefix refreshes the feed and the badge together.
 */
export const NOTIFICATIONS_KEY = 'notifications';

export interface FeedQuery {
  page: number;
  pageSize: number;
  unread?: boolean;
  kind?: NotificationKind;
}

export function useFeed(query: FeedQuery) {
  return useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'feed', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: {
            query: {
              page: query.page,
              pageSize: query.pageSize,
              sort: '-createdAt,-id',
              ...(query.unread ? { unread: true } : {}),
              ...(query.kind ? { kind: query.kind } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [NOTIFICATIONS_KEY] });
}

export function useMarkRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (kind: NotificationKind | undefined) =>
      unwrap(api.POST('/api/v1/notifications/read-all', { params: { query: kind ? { kind } : {} } })),
    onSettled: invalidate,
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/notification-preferences')),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { kind: NotificationKind; email: boolean }[]) =>
      unwrap(api.PUT('/api/v1/notification-preferences', { body: { items } })),
    onSuccess: (preferences) => queryClient.setQueryData([NOTIFICATIONS_KEY, 'preferences'], preferences),
  });
}
