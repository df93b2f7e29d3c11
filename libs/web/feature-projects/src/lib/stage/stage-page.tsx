import { Box, Button, Chip, Stack, Tab, Tabs } from '@mui/material';
import { Loading, NotFound, PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useStage } from '../data/projects-queries';
import { stageLabel } from '../shared/labels';
import { AssignmentTab } from './assignment-tab';
import { ProgressTab } from './progress-tab';
import { RubricTab } from './rubric-tab';
import { SectionsTab } from './sections-tab';
import { SettingsTab } from './settings-tab';
import { SummaryTab } from './summary-tab';

const TABS = ['sections', 'assignment', 'progress', 'summary', 'settings', 'rubric'] as const;
type StageTab = (typeof TABS)[number];

/** A stage of the season, the coordinator's: its tabs keep their place in the URL (`?tab=`). */
export function StagePage() {
  const { t } = useTranslation('projects');
  const { stageId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: StageTab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'sections';
  const { seasons, season, stage } = useStage(stageId);
  if (seasons.isPending) return <Loading />;
  if (!season || !stage) return <NotFound />;
  const panel = { season, stage };
  return (
    <>
      <PageHeader
        title={stageLabel(t, stage, season)}
        subtitle={
          <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip component="span" size="small" label={t(`stageStatus.${stage.status}`)} color={stage.status === 'open' ? 'primary' : 'default'} data-testid="stage-status" />
            {stage.rubricFrozenAt && <Chip component="span" size="small" variant="outlined" label={t('rubric.frozen')} />}
          </Stack>
        }
        actions={<Button component={RouterLink} to="/project-defences">{t('stage.back')}</Button>}
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_event, value: StageTab) => setParams({ tab: value }, { replace: true })}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label={t('stage.tabs')}
        >
          {TABS.map((value) => (
            <Tab key={value} value={value} label={t(`stage.tab.${value}`)} id={`stage-tab-${value}`} aria-controls="stage-tab-panel" data-testid={`stage-tab-${value}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="stage-tab-panel" aria-labelledby={`stage-tab-${tab}`}>
        {tab === 'sections' && <SectionsTab {...panel} />}
        {tab === 'assignment' && <AssignmentTab {...panel} />}
        {tab === 'progress' && <ProgressTab {...panel} />}
        {tab === 'summary' && <SummaryTab {...panel} />}
        {tab === 'settings' && <SettingsTab {...panel} />}
        {tab === 'rubric' && <RubricTab {...panel} />}
      </Box>
    </>
  );
}
