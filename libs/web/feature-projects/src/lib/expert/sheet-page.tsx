import { Button, Stack, Typography } from '@mui/material';
import { api, PageHeader, QueryState, unwrap, useMe } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { keys, useRubric, useSheets, useStage } from '../data/projects-queries';
import { sectionTitle, stageLabel } from '../shared/labels';
import { ConflictDeclaration } from './conflict-declaration';
import { SheetForm } from './sheet-form';
import { SheetStatusChip } from './sheet-status';

/** An expert's sheet of a work at a stage: the rubric's criteria to score, editable until submitted. */
export function SheetPage() {
  const { t } = useTranslation('projects');
  const { workId = '', stageId = '' } = useParams();
  const me = useMe();
  const work = useQuery({
    queryKey: keys.work(workId),
    queryFn: () => unwrap(api.GET('/api/v1/project-works/{id}', { params: { path: { id: workId } } })),
  });
  const { stage, season } = useStage(stageId);
  const rubric = useRubric(stageId);
  const sheets = useSheets(workId, stageId);
  // Once the stage closes every reader sees the whole panel's sheets: the expert's is theirs.
  const sheet = sheets.data?.find((candidate) => candidate.expertPersonId === me.personId);

  return (
    <QueryState query={work}>
      {(loaded) => (
        <>
          <PageHeader
            title={loaded.title}
            subtitle={[
              t(`kind.${loaded.kind}`),
              sectionTitle(season, loaded.subjectArea),
              stage && stageLabel(t, stage, season),
            ]
              .filter(Boolean)
              .join(' · ')}
            actions={
              <>
                <ConflictDeclaration workId={workId} title={loaded.title} />
                <Button component={RouterLink} to="/expert-sheets" sx={{ minHeight: 48 }}>
                  {t('sheet.back')}
                </Button>
              </>
            }
          />
          {loaded.abstract && (
            <Typography sx={{ mb: 2, whiteSpace: 'pre-line' }} data-testid="work-abstract">
              {loaded.abstract}
            </Typography>
          )}
          <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
            <Typography component="h2" variant="h6">
              {t('sheet.title')}
            </Typography>
            {sheets.isSuccess && <SheetStatusChip status={sheet?.status} />}
          </Stack>
          <QueryState query={rubric}>
            {(version) => (
              <QueryState query={sheets}>
                {() => (
                  <SheetForm
                    workId={workId}
                    stageId={stageId}
                    rubric={version}
                    sheet={sheet}
                    readOnly={sheet?.status === 'submitted' || stage?.status === 'closed'}
                  />
                )}
              </QueryState>
            )}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}
