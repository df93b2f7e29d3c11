import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Button, Paper, Stack } from '@mui/material';
import { api, formatDateTime, formatNumber, PageHeader, QueryState, unwrap, useMe } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Fact, Facts } from '../shared/facts';
import { schoolYearLabel } from '../shared/format';
import { keys, useSchoolName, useWorks } from '../shared/queries';
import { CandidateDialog } from './candidate-dialog';
import { EnrollFromCampaignDialog } from './enroll-from-campaign-dialog';
import { RankedList } from './ranked-list';
import { selectionKeys, useCampaign, useStudentNames, type Campaign } from './selection-queries';

/** `/selection/:id`: a campaign, its candidates ranked against the threshold and quota, enrollment from the list. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  return <QueryState query={campaign}>{(data) => <CampaignView campaign={data} />}</QueryState>;
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('classes');
  const me = useMe();
  const queryClient = useQueryClient();
  const schoolName = useSchoolName();
  const work = useWorks().data?.find((each) => each.workId === campaign.workId);
  const { students, nameOf } = useStudentNames(campaign.schoolId);
  const [adding, setAdding] = useState(false);
  const [enrolling, setEnrolling] = useState<string[]>();
  const [enrolled, setEnrolled] = useState<number>();
  const rank = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/selection-campaigns/{id}/ranking', { params: { path: { id: campaign.id } } }),
      ),
    onSuccess: (ranked) => {
      queryClient.setQueryData(selectionKeys.campaign(campaign.id), ranked);
      void queryClient.invalidateQueries({ queryKey: [...keys.all, 'selection', 'list'] });
    },
  });

  return (
    <>
      <Button component={RouterLink} to="/selection" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('selection.back')}
      </Button>
      <PageHeader
        title={t('selection.campaignTitle', { grade: campaign.grade, year: schoolYearLabel(campaign.schoolYear) })}
        subtitle={me.schoolId ? undefined : schoolName(campaign.schoolId)}
        actions={
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" onClick={() => setAdding(true)} data-testid="candidate-add">
              {t(campaign.basis === 'oge' ? 'selection.addCandidate' : 'selection.addExtraScore')}
            </Button>
            <Button
              variant="contained"
              onClick={() => rank.mutate()}
              loading={rank.isPending}
              data-testid="campaign-rank"
            >
              {t(campaign.rankedAt ? 'selection.rankAgain' : 'selection.rank')}
            </Button>
          </Stack>
        }
      />
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3 }} data-testid="campaign-details">
        <Facts columns={{ xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' }}>
          <Fact label={t('selection.basis')}>
            {t(`basis.${campaign.basis}`)}
            {work && ` · ${work.title}`}
          </Fact>
          <Fact label={t('selection.threshold')} testId="campaign-threshold">
            {formatNumber(campaign.threshold, 2)}
          </Fact>
          <Fact label={t('selection.quota')} testId="campaign-quota">
            {campaign.quota}
          </Fact>
          <Fact label={t('selection.state')}>
            {campaign.rankedAt
              ? t('selection.rankedAt', { date: formatDateTime(campaign.rankedAt) })
              : t('selection.notRanked')}
          </Fact>
        </Facts>
      </Paper>
      {rank.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {rank.error.message}
        </Alert>
      )}
      {enrolled !== undefined && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="campaign-enrolled" onClose={() => setEnrolled(undefined)}>
          {t('selection.enrolled', { count: enrolled })}
        </Alert>
      )}
      <RankedList campaign={campaign} nameOf={nameOf} onEnroll={setEnrolling} />
      {adding && <CandidateDialog campaign={campaign} students={students} onClose={() => setAdding(false)} />}
      {enrolling && (
        <EnrollFromCampaignDialog
          campaign={campaign}
          studentIds={enrolling}
          onClose={(count) => {
            setEnrolling(undefined);
            if (count !== undefined) setEnrolled(count);
          }}
        />
      )}
    </>
  );
}
