import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert, Button, Paper, Stack } from '@mui/material';
import { PageHeader, QueryState, useCan, useMe } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { WORKS_NS } from '../i18n';
import { SchoolProtocolPanel } from '../school-protocol/school-protocol-panel';
import { useWorkLabels } from '../shared/labels';
import { useSchool, useWork, useWorkVersion } from '../shared/queries';
import type { Work } from '../shared/types';
import { SchoolPicker } from './school-picker';
import { WorkBlueprint } from './work-blueprint';
import { WorkSummary } from './work-summary';
import { WorkVersions } from './work-versions';

/**
 * `/works/:workId` (and `/works/:workId/schools/:schoolId` for a region-wide account): the work's
 * blueprint and, for a school, its protocol.
 */
export function WorkPage() {
  const { workId = '' } = useParams();
  const work = useWork(workId);
  return <QueryState query={work}>{(data) => <WorkView work={data} />}</QueryState>;
}

function WorkView({ work }: { work: Work }) {
  const { t } = useTranslation(WORKS_NS);
  const labels = useWorkLabels();
  const can = useCan();
  const me = useMe();
  const { schoolId: pickedSchoolId } = useParams();
  const [shownVersion, setShownVersion] = useState(work.version);
  const past = useWorkVersion(work.id, shownVersion === work.version ? undefined : shownVersion);

  // A school account works with its own school; a region-wide one picks a school.
  const regionWide = !me.schoolId;
  const schoolId = me.schoolId ?? pickedSchoolId;
  const school = useSchool(regionWide ? schoolId : undefined);
  const showProtocols = can('protocols:read');

  return (
    <>
      <PageHeader
        title={work.title}
        subtitle={[labels.kind(work.kind), labels.subject(work.subject), labels.grades(work.grades), labels.schoolYear(work.schoolYear)].join(' · ')}
        actions={
          can('protocols:review') &&
          can('analytics:read') && (
            <Button
              component={RouterLink}
              to={`/works/${work.id}/completeness`}
              variant="outlined"
              startIcon={<FactCheckIcon />}
              data-testid="open-completeness"
              sx={{ whiteSpace: 'nowrap' }}
            >
              {t('work.completeness')}
            </Button>
          )
        }
      />
      <Stack spacing={3}>
        <WorkSummary work={work} />

        {showProtocols && regionWide && (
          <Paper variant="outlined" sx={{ p: 2 }}>
            <SchoolPicker work={work} value={schoolId} />
          </Paper>
        )}
        {showProtocols && schoolId && (
          <SchoolProtocolPanel
            key={schoolId}
            work={work}
            schoolId={schoolId}
            schoolName={regionWide ? school.data?.shortName : undefined}
            regionWide={regionWide}
          />
        )}

        {shownVersion !== work.version && (
          <Alert
            severity="info"
            action={
              <Button color="inherit" size="small" onClick={() => setShownVersion(work.version)}>
                {t('work.backToCurrent')}
              </Button>
            }
          >
            {t('work.showing', { version: shownVersion })}
          </Alert>
        )}
        {shownVersion === work.version ? (
          <WorkBlueprint blueprint={work} />
        ) : (
          <QueryState query={past}>{(version) => <WorkBlueprint blueprint={version} />}</QueryState>
        )}
        {work.versions.length > 0 && <WorkVersions work={work} shown={shownVersion} onShow={setShownVersion} />}
      </Stack>
    </>
  );
}
