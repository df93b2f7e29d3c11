import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { ServerGrid, useCan } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { REGISTRY_NS } from '../i18n';
import { gridProps } from '../shared/grid';
import { useLocalList } from '../shared/local-list';
import type { OrganisationOption } from '../shared/organisation-picker';
import { Section } from '../shared/section';
import { useAgreementColumns } from './agreement-columns';
import { AgreementFormDialog, isPartyKind } from './agreement-form-dialog';
import { useAgreements } from './agreement-queries';

/** The agreements an organisation signed, on either side, on its card; "add" starts with it filled in. */
export function OrganisationAgreements({
  organisation,
  title,
  allLabel,
  testId,
}: {
  organisation: OrganisationOption;
  title: string;
  allLabel: string;
  testId: string;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useLocalList({ sort: 'validTo' });
  const asParty = !!organisation.kind && isPartyKind(organisation.kind);
  const columns = useAgreementColumns(asParty ? ['partyName', 'subject'] : ['partnerName', 'subject']);
  const result = useAgreements({ ...list.params, organisationId: organisation.id });

  return (
    <Section
      title={title}
      testId={testId}
      actions={
        <>
          <Button component={RouterLink} to={`/agreements?organisationId=${organisation.id}`} size="small">
            {allLabel}
          </Button>
          {can('agreements:write') && (
            <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              {t('agreements.add')}
            </Button>
          )}
        </>
      }
    >
      <ServerGrid
        list={list}
        query={result}
        columns={columns}
        pageSizeOptions={[10, 20, 50]}
        onRowClick={({ id }) => void navigate(`/agreements/${String(id)}`)}
        {...gridProps(t('agreements.none'))}
      />
      <AgreementFormDialog
        open={creating}
        preset={asParty ? { party: organisation } : { partner: organisation }}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate(`/agreements/${saved.id}`)}
      />
    </Section>
  );
}
