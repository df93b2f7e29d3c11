import { Link } from '@mui/material';
import { NotFound } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { MismatchReport } from './mismatch-report';

/** `/integration/schools/:schoolId`: one school's report, opened from the regional centre's table. */
export function SchoolReportPage() {
  const { t } = useTranslation('integration');
  const { schoolId } = useParams<{ schoolId: string }>();
  if (!schoolId) return <NotFound />;
  return (
    <MismatchReport
      schoolId={schoolId}
      back={
        <Link component={RouterLink} to="/integration" sx={{ display: 'inline-block', mb: 1 }}>
          {t('report.back')}
        </Link>
      }
    />
  );
}
