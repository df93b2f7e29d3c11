import { Grid, MenuItem } from '@mui/material';
import { FormDialog } from '@orbita/web/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { FormField, FormSwitch } from '../shared/form-field';
import { useMunicipalities } from '../shared/lookups';
import { useRules } from '../shared/rules';
import { useSaveForm } from '../shared/use-save-form';
import {
  PARTNER_KINDS,
  type OrganisationEndpoints,
  type OrganisationFormValues,
  type OrganisationRecord,
} from './organisation-endpoints';

const FIELDS = [
  'fullName',
  'shortName',
  'kind',
  'municipalityId',
  'address',
  'email',
  'phone',
  'website',
  'siriusId',
  'inn',
  'active',
] as const satisfies readonly (keyof OrganisationFormValues)[];

function valuesOf(record?: OrganisationRecord): OrganisationFormValues {
  return {
    fullName: record?.fullName ?? '',
    shortName: record?.shortName ?? '',
    kind: record && record.kind !== 'school' ? record.kind : '',
    municipalityId: record?.municipalityId ?? '',
    address: record?.address ?? '',
    email: record?.email ?? '',
    phone: record?.phone ?? '',
    website: record?.website ?? '',
    siriusId: record?.siriusId ?? '',
    inn: record?.inn ?? '',
    active: record?.active ?? true,
  };
}

/** Registers a school or a partner, or changes its card (`record` given). */
export function OrganisationFormDialog({
  endpoints,
  record,
  open,
  onClose,
  onSaved,
}: {
  endpoints: OrganisationEndpoints;
  record?: OrganisationRecord;
  open: boolean;
  onClose: () => void;
  onSaved: (saved: OrganisationRecord) => void;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const rules = useRules();
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const form = useForm<OrganisationFormValues>({ defaultValues: valuesOf(record) });
  const { control, reset } = form;
  const { submit, failure, clearFailure } = useSaveForm({
    form,
    fields: FIELDS,
    save: (values) => (record ? endpoints.update(record, values) : endpoints.create(values)),
    onSaved: (saved) => {
      queryClient.setQueryData([endpoints.entity, saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: [endpoints.entity] });
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
      onSaved(saved);
    },
  });

  useEffect(() => {
    if (open) {
      reset(valuesOf(record));
      clearFailure();
    }
    // Only when the dialog opens: a refetch of the record must not wipe what the user is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const { entity, hasKind } = endpoints;
  const half = { xs: 12, sm: 6 };
  return (
    <FormDialog
      open={open}
      title={t(record ? `${entity}.editTitle` : `${entity}.createTitle`)}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      failure={failure}
      maxWidth="md"
      dividers
      testId={`${endpoints.one}-form`}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={12}>
          <FormField
            control={control}
            name="fullName"
            label={t('fields.fullName')}
            rules={rules.text(500, true)}
          />
        </Grid>
        <Grid size={half}>
          <FormField
            control={control}
            name="shortName"
            label={t('fields.shortName')}
            rules={rules.text(200, true)}
          />
        </Grid>
        {hasKind && (
          <Grid size={half}>
            <FormField
              control={control}
              name="kind"
              label={t('fields.kind')}
              select
              rules={{ required: rules.required }}
            >
              {PARTNER_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {t(`partnerKinds.${kind}`)}
                </MenuItem>
              ))}
            </FormField>
          </Grid>
        )}
        <Grid size={half}>
          <FormField
            control={control}
            name="municipalityId"
            label={t('fields.municipality')}
            select
            rules={hasKind ? undefined : { required: rules.required }}
          >
            {hasKind && <MenuItem value="">{t('partners.outsideRegion')}</MenuItem>}
            {(municipalities.data ?? []).map((municipality) => (
              <MenuItem key={municipality.id} value={municipality.id}>
                {municipality.name}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={12}>
          <FormField control={control} name="address" label={t('fields.address')} rules={rules.text(500)} />
        </Grid>
        <Grid size={half}>
          <FormField
            control={control}
            name="email"
            label={t('fields.email')}
            type="email"
            rules={rules.email}
          />
        </Grid>
        <Grid size={half}>
          <FormField
            control={control}
            name="phone"
            label={t('fields.phone')}
            type="tel"
            rules={rules.phone}
          />
        </Grid>
        <Grid size={12}>
          <FormField
            control={control}
            name="website"
            label={t('fields.website')}
            type="url"
            rules={rules.website}
          />
        </Grid>
        <Grid size={half}>
          <FormField
            control={control}
            name="inn"
            label={t('fields.inn')}
            rules={rules.inn}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Grid>
        <Grid size={half}>
          <FormField control={control} name="siriusId" label={t('fields.siriusId')} rules={rules.text(64)} />
        </Grid>
        {record && (
          <Grid size={12}>
            <FormSwitch control={control} name="active" label={t('fields.active')} />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
