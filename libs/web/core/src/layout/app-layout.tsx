import MenuIcon from '@mui/icons-material/Menu';
import NotificationsIcon from '@mui/icons-material/Notifications';
import AccountCircle from '@mui/icons-material/AccountCircle';
import {
  AppBar,
  Badge,
  Box,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Menu,
  MenuItem,
  Snackbar,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ChangePasswordDialog } from '../auth/change-password-dialog';
import { useCan, useMe, useSession } from '../auth/session';
import { LANGUAGES, setLanguage, type Language } from '../i18n/i18n';

export interface NavItem {
  /** Key under `nav.` in the common translations. */
  label: string;
  /** Its key for accounts of one school, when the screen shows their school rather than the region. */
  schoolLabel?: string;
  path: string;
  icon: ReactNode;
  /** Shown only to roles holding it. */
  permission?: string;
}

const DRAWER_WIDTH = 248;

/** Unread notifications, for the header badge; polled, since the feed is not pushed to browsers yet. */
export function useUnreadCount() {
  const can = useCan();
  return useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled: can('notifications:read'),
    refetchInterval: 15_000,
  });
}

function useSchoolName(schoolId: string | null): string | undefined {
  const { data } = useQuery({
    queryKey: ['schools', schoolId],
    queryFn: () => unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id: schoolId as string } } })),
    enabled: !!schoolId,
    staleTime: 10 * 60_000,
  });
  return data?.shortName;
}

/** The signed-in frame: header (role, school, unread notifications, account menu) and the navigation. */
export function AppLayout({ nav }: { nav: NavItem[] }) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('lg'));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [accountMenu, setAccountMenu] = useState<HTMLElement | null>(null);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);
  const me = useMe();
  const can = useCan();
  const { logout } = useSession();
  const location = useLocation();
  const unread = useUnreadCount().data?.unread ?? 0;
  const schoolName = useSchoolName(me.schoolId);
  const items = nav.filter((item) => !item.permission || can(item.permission));

  const navigation = (
    <Box component="nav" aria-label={t('shell.menu')} sx={{ width: DRAWER_WIDTH }}>
      <Toolbar />
      <List>
        {items.map((item) => {
          const current = item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path);
          return (
            // A list item of its own around the link: screen readers announce "list, N items".
            <ListItem key={item.path} disablePadding>
              <ListItemButton
                component={RouterLink}
                to={item.path}
                selected={current}
                aria-current={current ? 'page' : undefined}
                onClick={() => setDrawerOpen(false)}
              >
                <ListItemIcon>{item.icon}</ListItemIcon>
                <ListItemText primary={t(`nav.${(me.schoolId && item.schoolLabel) || item.label}`)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (z) => z.zIndex.drawer + 1 }}>
        <Toolbar>
          {!wide && (
            <IconButton color="inherit" edge="start" aria-label={t('shell.menu')} onClick={() => setDrawerOpen(true)} sx={{ mr: 1 }}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component={RouterLink} to="/" sx={{ color: 'inherit', textDecoration: 'none', mr: 3 }}>
            {t('appName')}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Box sx={{ textAlign: 'right', mr: 1, display: { xs: 'none', sm: 'block' } }} data-testid="header-identity">
            <Typography variant="body2" sx={{ lineHeight: 1.2 }}>{me.displayName}</Typography>
            <Typography variant="caption" sx={{ opacity: 0.85 }}>
              {t(`roles.${me.role}`)} · {me.schoolId ? (schoolName ?? '…') : t('shell.region')}
            </Typography>
          </Box>
          {can('notifications:read') && (
            <Tooltip title={t('shell.unread', { count: unread })}>
              <IconButton color="inherit" component={RouterLink} to="/notifications" aria-label={t('shell.unread', { count: unread })}>
                <Badge badgeContent={unread} color="error" max={99} data-testid="unread-badge">
                  <NotificationsIcon />
                </Badge>
              </IconButton>
            </Tooltip>
          )}
          <IconButton color="inherit" aria-label={t('shell.account')} onClick={(event) => setAccountMenu(event.currentTarget)}>
            <AccountCircle />
          </IconButton>
          <Menu anchorEl={accountMenu} open={!!accountMenu} onClose={() => setAccountMenu(null)}>
            <MenuItem onClick={() => { setAccountMenu(null); setPasswordOpen(true); }}>{t('shell.changePassword')}</MenuItem>
            <Divider />
            {/* A caption for the eye only: a menu holds menu items, and each language's item names itself. */}
            <ListSubheader role="presentation">{t('shell.language')}</ListSubheader>
            {LANGUAGES.map((language: Language) => (
              <MenuItem
                key={language}
                role="menuitemradio"
                aria-checked={i18n.language === language}
                lang={language}
                selected={i18n.language === language}
                onClick={() => { setLanguage(language); setAccountMenu(null); }}
              >
                {language === 'ru' ? 'Русский' : 'English'}
              </MenuItem>
            ))}
            <Divider />
            <MenuItem onClick={() => { setAccountMenu(null); void logout(); }}>{t('shell.logout')}</MenuItem>
          </Menu>
        </Toolbar>
      </AppBar>
      {wide ? (
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
          {navigation}
        </Drawer>
      ) : (
        <Drawer
          variant="temporary"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          slotProps={{ paper: { 'aria-label': t('shell.menu') } }}
        >
          {navigation}
        </Drawer>
      )}
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        <Outlet />
      </Box>
      <ChangePasswordDialog open={passwordOpen} onClose={(changed) => { setPasswordOpen(false); setPasswordChanged(changed); }} />
      <Snackbar open={passwordChanged} autoHideDuration={4000} onClose={() => setPasswordChanged(false)} message={t('password.changed')} />
    </Box>
  );
}
