import AnalyticsIcon from '@mui/icons-material/BarChart';
import AssignmentIcon from '@mui/icons-material/Assignment';
import GroupsIcon from '@mui/icons-material/Groups';
import NotificationsIcon from '@mui/icons-material/Notifications';
import SchoolIcon from '@mui/icons-material/School';
import TimelineIcon from '@mui/icons-material/Timeline';
import { List, ListItemButton, ListItemIcon, ListItemText, Paper, Typography } from '@mui/material';
import { PageHeader, useCan, useMe } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import '../i18n';

/** The sections a role without reports may go to from the start page (labels: common `nav.*`). */
const SECTIONS: { label: string; path: string; icon: ReactNode; permission: string }[] = [
  { label: 'classes', path: '/classes', icon: <GroupsIcon />, permission: 'classes:read' },
  { label: 'works', path: '/works', icon: <AssignmentIcon />, permission: 'works:read' },
  { label: 'analytics', path: '/analytics', icon: <AnalyticsIcon />, permission: 'analytics:read' },
  { label: 'roadmap', path: '/roadmap', icon: <TimelineIcon />, permission: 'roadmap:read' },
  { label: 'schools', path: '/schools', icon: <SchoolIcon />, permission: 'schools:read' },
  {
    label: 'notifications',
    path: '/notifications',
    icon: <NotificationsIcon />,
    permission: 'notifications:read',
  },
];

/** `/` for roles without reports:read (teachers, experts): a greeting and links to their sections. */
export function Welcome() {
  const { t } = useTranslation('overview');
  const { t: common } = useTranslation();
  const me = useMe();
  const can = useCan();
  return (
    <>
      <PageHeader
        title={t('welcome.title', { name: me.displayName })}
        subtitle={t('welcome.subtitle', { role: common(`roles.${me.role}`) })}
      />
      <Paper
        variant="outlined"
        component="nav"
        aria-label={t('welcome.sections')}
        sx={{ maxWidth: 560 }}
        data-testid="welcome-links"
      >
        <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 2 }}>
          {t('welcome.sections')}
        </Typography>
        <List>
          {SECTIONS.filter((section) => can(section.permission)).map((section) => (
            <ListItemButton key={section.path} component={RouterLink} to={section.path}>
              <ListItemIcon>{section.icon}</ListItemIcon>
              <ListItemText primary={common(`nav.${section.label}`)} />
            </ListItemButton>
          ))}
        </List>
      </Paper>
    </>
  );
}
