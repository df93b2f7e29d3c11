import { Box, Link, Tab, Tabs } from '@mui/material';
import { formatDate, PageHeader, QueryState, useCan, useMe } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ApplicationsQueue } from '../applications/applications-queue';
import { SchoolApplications } from '../applications/school-applications';
import { CriteriaEditor } from '../criteria/criteria-editor';
import { useCycle, type StudioCycle } from '../data/studios-queries';
import { FactVerification } from '../facts/fact-verification';
import { SchoolFacts } from '../facts/school-facts';
import { RankingPanel } from '../ranking/ranking-panel';
import { schoolYearLabel } from '../shared/format';
import { SchoolStanding } from '../standing/school-standing';

interface CycleTab {
  key: string;
  render: (cycle: StudioCycle) => ReactNode;
}

/** The regional centre decides, verifies, ranks and edits the criteria; a school applies, reports facts, reads its standing. */
function useTabs(): CycleTab[] {
  const can = useCan();
  const me = useMe();
  if (can('projects:manage'))
    return [
      { key: 'applications', render: (cycle) => <ApplicationsQueue cycleId={cycle.id} /> },
      { key: 'facts', render: (cycle) => <FactVerification cycle={cycle} /> },
      { key: 'ranking', render: (cycle) => <RankingPanel cycle={cycle} /> },
      { key: 'criteria', render: (cycle) => <CriteriaEditor key={cycle.id} cycle={cycle} /> },
    ];
  return [
    {
      key: 'applications',
      render: (cycle) => me.schoolId && <SchoolApplications cycle={cycle} schoolId={me.schoolId} />,
    },
    { key: 'facts', render: (cycle) => <SchoolFacts cycle={cycle} /> },
    { key: 'standing', render: (cycle) => <SchoolStanding cycle={cycle} /> },
  ];
}

/** One studio cycle, its screens as tabs (the open one kept in the URL). */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const { t } = useTranslation('studios');
  const cycle = useCycle(cycleId);
  const tabs = useTabs();
  const [params, setParams] = useSearchParams();
  const current = tabs.find((tab) => tab.key === params.get('tab')) ?? tabs[0];

  return (
    <QueryState query={cycle}>
      {(data) => (
        <>
          <Link component={RouterLink} to="/studios" sx={{ display: 'inline-block', mb: 1 }}>
            {t('cycles.back')}
          </Link>
          <PageHeader
            title={t('cycles.name', { year: schoolYearLabel(data.schoolYear) })}
            subtitle={t('cycles.windowText', {
              from: formatDate(data.applicationsOpenOn),
              to: formatDate(data.applicationsCloseOn),
            })}
          />
          <Tabs
            value={current.key}
            onChange={(_, key: string) => setParams({ tab: key }, { replace: true })}
            aria-label={t('tabs.label')}
            variant="scrollable"
            allowScrollButtonsMobile
            sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
          >
            {tabs.map((tab) => (
              <Tab
                key={tab.key}
                value={tab.key}
                label={t(`tabs.${tab.key}`)}
                id={`studio-tab-${tab.key}`}
                aria-controls={`studio-tabpanel-${tab.key}`}
                data-testid={`studio-tab-${tab.key}`}
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id={`studio-tabpanel-${current.key}`} aria-labelledby={`studio-tab-${current.key}`}>
            {current.render(data)}
          </Box>
        </>
      )}
    </QueryState>
  );
}
