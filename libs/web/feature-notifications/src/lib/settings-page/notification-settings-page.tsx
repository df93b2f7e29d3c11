import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Alert,
  Button,
  Paper,
  Snackbar,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ErrorAlert, isApiError, PageHeader, QueryState } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePreferences, useSavePreferences, type NotificationKind, type NotificationPreference } from '../data/notification-queries';

/**
 * `/notifications/settings` (the e-mails link here): e-mail on or off per topic; the feed always shows
 * every topic. A switch saves at once.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  const preferences = usePreferences();
  return (
    <>
      <Button component={RouterLink} to="/notifications" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('settings.back')}
      </Button>
      <PageHeader title={t('settings.title')} />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>{t('settings.intro')}</Typography>
      <QueryState query={preferences}>{(data) => <PreferencesTable items={data.items} />}</QueryState>
    </>
  );
}

function PreferencesTable({ items }: { items: NotificationPreference[] }) {
  const { t } = useTranslation('notifications');
  const save = useSavePreferences();
  const [saved, setSaved] = useState(false);
  const change = (changes: { kind: NotificationKind; email: boolean }[]) =>
    save.mutate(changes, { onSuccess: () => setSaved(true) });
  const allOn = items.every((item) => item.email);
  const allOff = items.every((item) => !item.email);
  const noPerson = isApiError(save.error, 409);

  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      {save.isError && (noPerson ? <Alert severity="warning">{t('settings.noPerson')}</Alert> : <ErrorAlert error={save.error} />)}
      <TableContainer component={Paper} variant="outlined">
        <Table data-testid="notification-preferences">
          <TableHead>
            <TableRow>
              <TableCell>{t('settings.kind')}</TableCell>
              <TableCell align="center">{t('settings.inApp')}</TableCell>
              <TableCell align="center">{t('settings.email')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.kind} data-testid="notification-preference" data-kind={item.kind}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>{t(`kinds.${item.kind}`)}</Typography>
                  <Typography variant="caption" color="text.secondary">{t(`kindDescriptions.${item.kind}`)}</Typography>
                </TableCell>
                <TableCell align="center">
                  <Typography variant="body2" color="text.secondary">{t('settings.always')}</Typography>
                </TableCell>
                <TableCell align="center">
                  <Switch
                    checked={item.email}
                    disabled={save.isPending}
                    onChange={(event) => change([{ kind: item.kind, email: event.target.checked }])}
                    slotProps={{ input: { 'aria-label': t('settings.emailFor', { kind: t(`kinds.${item.kind}`) }) } }}
                    data-testid="notification-preference-email"
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={allOn || save.isPending} onClick={() => change(items.map((item) => ({ kind: item.kind, email: true })))}>
          {t('settings.allOn')}
        </Button>
        <Button variant="outlined" disabled={allOff || save.isPending} onClick={() => change(items.map((item) => ({ kind: item.kind, email: false })))}>
          {t('settings.allOff')}
        </Button>
      </Stack>
      <Snackbar open={saved} autoHideDuration={3000} onClose={() => setSaved(false)} message={t('settings.saved')} />
    </Stack>
  );
}
