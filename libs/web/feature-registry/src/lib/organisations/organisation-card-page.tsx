import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Grid, Stack } from '@mui/material';
import { PageHeader, QueryState, useCan } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OrganisationAgreements } from '../agreements/organisation-agreements';
import { REGISTRY_NS } from '../i18n';
import { BackLink } from '../shared/back-link';
import { Section } from '../shared/section';
import { OrganisationDetails } from './organisation-details';
import type { OrganisationEndpoints, OrganisationRecord } from './organisation-endpoints';
import { OrganisationFormDialog } from './organisation-form-dialog';

/**
 * The card of a school or a partner (`/schools/:id`, `/partners/:id`): details, its agreements, and
 * what the entity adds (`aside` next to the details, `more` below). Another school's id: not found.
 */
export function OrganisationCardPage({
  endpoints,
  showBackLink = true,
  aside,
  more,
}: {
  endpoints: OrganisationEndpoints;
  showBackLink?: boolean;
  aside?: (record: OrganisationRecord) => ReactNode;
  more?: (record: OrganisationRecord) => ReactNode;
}) {
  const { id = '' } = useParams();
  const { entity } = endpoints;
  const query = useQuery({ queryKey: [entity, id], queryFn: () => endpoints.get(id) });
  return (
    <QueryState query={query}>
      {(record) => (
        <OrganisationCard
          endpoints={endpoints}
          record={record}
          showBackLink={showBackLink}
          aside={aside?.(record)}
        >
          {more?.(record)}
        </OrganisationCard>
      )}
    </QueryState>
  );
}

function OrganisationCard({
  endpoints,
  record,
  showBackLink,
  aside,
  children,
}: {
  endpoints: OrganisationEndpoints;
  record: OrganisationRecord;
  showBackLink: boolean;
  aside: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation([REGISTRY_NS, 'common']);
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const { entity, one } = endpoints;
  return (
    <Box data-testid={`${one}-card`}>
      {showBackLink && <BackLink to={`/${entity}`} label={t(`${entity}.backToList`)} />}
      <PageHeader
        title={record.shortName}
        subtitle={record.fullName}
        actions={
          can(endpoints.writePermission) && (
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              onClick={() => setEditing(true)}
              data-testid={`${one}-edit`}
            >
              {t('common:actions.edit')}
            </Button>
          )
        }
      />
      <Stack spacing={2}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: aside ? 7 : 12 }}>
            <Section title={t(`${entity}.editTitle`)} testId={`${one}-details`}>
              <OrganisationDetails record={record} />
            </Section>
          </Grid>
          {aside && <Grid size={{ xs: 12, lg: 5 }}>{aside}</Grid>}
        </Grid>
        {can('agreements:read') && (
          <OrganisationAgreements
            organisation={{ id: record.id, name: record.shortName, kind: record.kind }}
            title={t(`${entity}.agreements`)}
            allLabel={t(`${entity}.allAgreements`)}
            testId={`${one}-agreements`}
          />
        )}
        {children}
      </Stack>
      <OrganisationFormDialog
        endpoints={endpoints}
        record={record}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </Box>
  );
}
