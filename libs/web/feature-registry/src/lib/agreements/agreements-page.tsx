import AddIcon from '@mui/icons-material/Add';
import { Box, Button } from '@mui/material';
import {
  FilterBar,
  PageHeader,
  SearchFilter,
  SelectFilter,
  ServerGrid,
  useCan,
  useListParams,
} from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REGISTRY_NS } from '../i18n';
import { gridProps } from '../shared/grid';
import { useProgrammes } from '../shared/lookups';
import { OrganisationPicker, type OrganisationOption } from '../shared/organisation-picker';
import { useAgreementColumns } from './agreement-columns';
import { AgreementFormDialog } from './agreement-form-dialog';
import { useAgreements, type AgreementQuery } from './agreement-queries';
import type { Agreement } from './agreement-status';

const STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
const EXPIRING_WINDOWS = [30, 60, 90];

/** The organisation in the URL filter, named from a row that has it (the list has no lookup by id). */
function organisationOf(id: string | undefined, rows: Agreement[] | undefined): OrganisationOption | null {
  if (!id) return null;
  const row = rows?.find((item) => item.partyOrganisationId === id || item.partnerOrganisationId === id);
  if (!row) return { id, name: '…' };
  return row.partyOrganisationId === id
    ? { id, name: row.partyOrganisationName, kind: row.partyOrganisationKind }
    : { id, name: row.partnerOrganisationName, kind: row.partnerOrganisationKind };
}

/** `/agreements`: every agreement the user may see, those ending first on top. */
export function AgreementsPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const can = useCan();
  const navigate = useNavigate();
  const list = useListParams({ sort: 'validTo' });
  const programmes = useProgrammes();
  const columns = useAgreementColumns();
  const [creating, setCreating] = useState(false);

  const { params, filters } = list;
  const expiring = Number(filters['expiringWithinDays']);
  const query: AgreementQuery = {
    ...params,
    q: filters['q'],
    organisationId: filters['organisationId'],
    status: STATUSES.find((status) => status === filters['status']),
    programmeId: filters['programmeId'],
    expiringWithinDays: Number.isInteger(expiring) && expiring >= 0 ? expiring : undefined,
  };
  const result = useAgreements(query);

  return (
    <Box data-testid="agreements-page">
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        actions={
          can('agreements:write') && (
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setCreating(true)}
              data-testid="agreement-create"
            >
              {t('agreements.add')}
            </Button>
          )
        }
      />
      <FilterBar list={list}>
        <SearchFilter list={list} placeholder={t('filters.searchAgreements')} />
        <Box sx={{ minWidth: { xs: '100%', sm: 200 }, flex: { sm: '1 1 200px' }, maxWidth: { sm: 340 } }}>
          <OrganisationPicker
            label={t('fields.organisation')}
            size="small"
            testId="filter-organisation"
            value={organisationOf(filters['organisationId'], result.data?.items)}
            onChange={(organisation) => list.setFilter('organisationId', organisation?.id)}
          />
        </Box>
        <SelectFilter
          list={list}
          name="status"
          label={t('fields.status')}
          testId="filter-status"
          options={STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
        />
        <SelectFilter
          list={list}
          name="expiringWithinDays"
          label={t('filters.expiring')}
          testId="filter-expiring"
          options={EXPIRING_WINDOWS.map((days) => ({
            value: String(days),
            label: t('filters.expiringWithin', { count: days }),
          }))}
        />
        <SelectFilter
          list={list}
          name="programmeId"
          label={t('fields.programme')}
          testId="filter-programme"
          options={(programmes.data ?? []).map((programme) => ({
            value: programme.id,
            label: programme.shortName ?? programme.title,
          }))}
        />
      </FilterBar>
      <Box data-testid="agreements-grid">
        <ServerGrid<Agreement>
          list={list}
          query={result}
          columns={columns}
          onRowClick={({ id }) => void navigate(`/agreements/${String(id)}`)}
          {...gridProps(t('agreements.empty'))}
        />
      </Box>
      <AgreementFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate(`/agreements/${saved.id}`)}
      />
    </Box>
  );
}
