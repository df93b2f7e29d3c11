import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import {
  ExportXlsxButton,
  FilterBar,
  PageHeader,
  SearchFilter,
  SelectFilter,
  ServerGrid,
  useCan,
  useListParams,
} from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REGISTRY_NS } from '../i18n';
import { CellLink, contactColumns, gridProps } from '../shared/grid';
import { useMunicipalities } from '../shared/lookups';
import {
  PARTNER_KINDS,
  type OrganisationEndpoints,
  type OrganisationQuery,
  type OrganisationRecord,
  type PartnerKind,
} from './organisation-endpoints';
import { OrganisationFormDialog } from './organisation-form-dialog';

const booleanFilter = (value?: string) => (value === undefined ? undefined : value === 'true');

/** The list of schools or of partners: search, filters, server paging and sorting, "add" for writers. */
export function OrganisationsPage({ endpoints }: { endpoints: OrganisationEndpoints }) {
  const { t } = useTranslation(REGISTRY_NS);
  const can = useCan();
  const navigate = useNavigate();
  const list = useListParams({ sort: 'shortName' });
  const municipalities = useMunicipalities();
  const [creating, setCreating] = useState(false);
  const { entity, one, hasKind } = endpoints;

  const { params, filters } = list;
  const query: OrganisationQuery = {
    ...params,
    q: filters['q'],
    municipalityId: filters['municipalityId'],
    active: booleanFilter(filters['active']),
    kind: hasKind ? (filters['kind'] as PartnerKind | undefined) : undefined,
  };
  const result = useQuery({
    queryKey: [entity, 'list', query],
    queryFn: () => endpoints.list(query),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo<GridColDef<OrganisationRecord>[]>(
    () => [
      {
        field: 'shortName',
        headerName: t('fields.name'),
        flex: 2,
        minWidth: 220,
        renderCell: ({ row }) => (
          <Box>
            <CellLink to={`/${entity}/${row.id}`}>{row.shortName}</CellLink>
            <Typography variant="caption" color="text.secondary" component="div">
              {row.fullName}
            </Typography>
          </Box>
        ),
      },
      ...(hasKind
        ? [
            {
              field: 'kind',
              headerName: t('fields.kind'),
              minWidth: 110,
              valueFormatter: (value: PartnerKind) => t(`partnerKinds.${value}`),
            } satisfies GridColDef<OrganisationRecord>,
          ]
        : []),
      {
        field: 'municipalityName',
        headerName: t('fields.municipality'),
        flex: 1,
        minWidth: 140,
        valueFormatter: (value: string | null) => value ?? t('partners.outsideRegion'),
      },
      ...contactColumns<OrganisationRecord>(t, { emailSortable: false }),
    ],
    [t, entity, hasKind],
  );

  return (
    <Box data-testid={`${entity}-page`}>
      <PageHeader
        title={t(`${entity}.title`)}
        subtitle={t(`${entity}.subtitle`)}
        actions={
          <>
            <ExportXlsxButton listPath={`/api/v1/${entity}`} query={query} />
            {can(endpoints.writePermission) && (
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setCreating(true)}
                data-testid={`${one}-create`}
              >
                {t(`${entity}.add`)}
              </Button>
            )}
          </>
        }
      />
      <FilterBar list={list}>
        <SearchFilter list={list} placeholder={t('filters.searchOrganisations')} />
        {hasKind && (
          <SelectFilter
            list={list}
            name="kind"
            label={t('fields.kind')}
            testId="filter-kind"
            options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partnerKinds.${kind}`) }))}
          />
        )}
        <SelectFilter
          list={list}
          name="municipalityId"
          label={t('fields.municipality')}
          testId="filter-municipality"
          options={(municipalities.data ?? []).map((municipality) => ({
            value: municipality.id,
            label: municipality.name,
          }))}
        />
        <SelectFilter
          list={list}
          name="active"
          label={t('fields.state')}
          testId="filter-active"
          options={[
            { value: 'true', label: t('filters.active') },
            { value: 'false', label: t('filters.inactive') },
          ]}
        />
      </FilterBar>
      <Box data-testid={`${entity}-grid`}>
        <ServerGrid<OrganisationRecord>
          list={list}
          query={result}
          columns={columns}
          onRowClick={({ id }) => void navigate(`/${entity}/${String(id)}`)}
          {...gridProps(t(`${entity}.empty`))}
        />
      </Box>
      <OrganisationFormDialog
        endpoints={endpoints}
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          void navigate(`/${entity}/${saved.id}`);
        }}
      />
    </Box>
  );
}
