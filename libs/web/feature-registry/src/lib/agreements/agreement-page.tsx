import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Grid, Typography } from '@mui/material';
import { api, formatDate, PageHeader, QueryState, unwrap, useCan } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { REGISTRY_NS } from '../i18n';
import { BackLink } from '../shared/back-link';
import { DetailsList } from '../shared/details-list';
import { useProgrammes } from '../shared/lookups';
import { Section } from '../shared/section';
import { AgreementFormDialog } from './agreement-form-dialog';
import { AgreementStatus, type Agreement } from './agreement-status';
import { OrganisationLink } from './organisation-link';

/** `/agreements/:id`: the parties, the term and the obligations of one agreement. */
export function AgreementPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['agreements', id],
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })),
  });
  return <QueryState query={query}>{(agreement) => <AgreementCard agreement={agreement} />}</QueryState>;
}

function AgreementCard({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation([REGISTRY_NS, 'common']);
  const can = useCan();
  const programmes = useProgrammes();
  const [editing, setEditing] = useState(false);
  const programme = programmes.data?.find((item) => item.id === agreement.programmeId);

  return (
    <Box data-testid="agreement-card">
      <BackLink to="/agreements" label={t('agreements.backToList')} />
      <PageHeader
        title={t('agreements.heading', { number: agreement.number })}
        subtitle={`${agreement.partyOrganisationName} — ${agreement.partnerOrganisationName}`}
        actions={
          can('agreements:write') && (
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              onClick={() => setEditing(true)}
              data-testid="agreement-edit"
            >
              {t('common:actions.edit')}
            </Button>
          )
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={t('agreements.termsSection')} testId="agreement-details">
            <DetailsList
              items={[
                { label: t('fields.status'), value: <AgreementStatus agreement={agreement} /> },
                {
                  label: t('fields.partyShort'),
                  value: (
                    <OrganisationLink
                      id={agreement.partyOrganisationId}
                      name={agreement.partyOrganisationName}
                      kind={agreement.partyOrganisationKind}
                    />
                  ),
                },
                {
                  label: t('fields.partner'),
                  value: (
                    <OrganisationLink
                      id={agreement.partnerOrganisationId}
                      name={agreement.partnerOrganisationName}
                      kind={agreement.partnerOrganisationKind}
                    />
                  ),
                },
                {
                  label: t('fields.programme'),
                  value: agreement.programmeId ? (programme?.title ?? '…') : t('agreements.noProgramme'),
                },
                { label: t('fields.signedOn'), value: formatDate(agreement.signedOn) },
                { label: t('fields.validFrom'), value: formatDate(agreement.validFrom) },
                {
                  label: t('fields.validTo'),
                  value: agreement.validTo ? formatDate(agreement.validTo) : t('agreements.openEnded'),
                },
                ...(agreement.terminatedOn
                  ? [{ label: t('fields.terminatedOn'), value: formatDate(agreement.terminatedOn) }]
                  : []),
              ]}
            />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={t('fields.subject')} testId="agreement-subject">
            <Typography sx={{ mb: 2, whiteSpace: 'pre-line' }}>{agreement.subject}</Typography>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {t('fields.obligations')}
            </Typography>
            {agreement.obligations.length > 0 ? (
              <Box component="ol" sx={{ m: 0, pl: 3 }}>
                {agreement.obligations.map((obligation, index) => (
                  <Typography component="li" variant="body2" key={index} sx={{ mb: 0.5 }}>
                    {obligation}
                  </Typography>
                ))}
              </Box>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('agreements.obligationsNone')}
              </Typography>
            )}
          </Section>
        </Grid>
      </Grid>
      <AgreementFormDialog
        agreement={agreement}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </Box>
  );
}
