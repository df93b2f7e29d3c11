import { Breadcrumbs, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { analyticsPaths } from '../data/paths';
import '../i18n';

/** «Аналитика › работа › школа»: links to the levels above the current screen, which comes last. */
export function AnalyticsBreadcrumbs({ trail }: { trail: { label: string; to?: string }[] }) {
  const { t } = useTranslation('analytics');
  return (
    <Breadcrumbs aria-label={t('breadcrumbs')} sx={{ mb: 1 }}>
      <Link component={RouterLink} to={analyticsPaths.works} underline="hover" color="inherit">
        {t('title')}
      </Link>
      {trail.map((item) =>
        item.to ? (
          <Link key={item.label} component={RouterLink} to={item.to} underline="hover" color="inherit">
            {item.label}
          </Link>
        ) : (
          <Typography key={item.label} color="text.primary" aria-current="page">
            {item.label}
          </Typography>
        ),
      )}
    </Breadcrumbs>
  );
}
