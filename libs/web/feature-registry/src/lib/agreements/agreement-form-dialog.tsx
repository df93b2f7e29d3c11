import { Grid, MenuItem } from '@mui/material';
import { api, FormDialog, type Schemas, unwrap, useMe } from '@orbita/web/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { FormField } from '../shared/form-field';
import { useProgrammes } from '../shared/lookups';
import {
  FormOrganisationPicker,
  type OrganisationKind,
  type OrganisationOption,
} from '../shared/organisation-picker';
import { orNull, useRules } from '../shared/rules';
import { useSaveForm } from '../shared/use-save-form';
import type { Agreement } from './agreement-status';

/** Who signs on the registry's side, and who on the other (the API's rule). */
const PARTY_KINDS: readonly OrganisationKind[] = ['school', 'regional_centre', 'authority'];
const COUNTERPARTY_KINDS: readonly OrganisationKind[] = [
  'university',
  'college',
  'enterprise',
  'research_institute',
  'other',
  'foundation',
];
export const isPartyKind = (kind: OrganisationKind) => PARTY_KINDS.includes(kind);

type SettableStatus = NonNullable<Schemas['UpdateAgreement']['status']>;
/** A draft may be signed or dropped; a signed one only terminated; a terminated one stays so. */
const NEXT_STATUSES: Record<SettableStatus, readonly SettableStatus[]> = {
  draft: ['draft', 'active', 'terminated'],
  active: ['active', 'terminated'],
  terminated: ['terminated'],
};
const NEW_STATUSES: readonly SettableStatus[] = ['draft', 'active'];

interface AgreementFormValues {
  number: string;
  status: SettableStatus;
  programmeId: string;
  partyOrganisationId: OrganisationOption | null;
  partnerOrganisationId: OrganisationOption | null;
  signedOn: string;
  validFrom: string;
  validTo: string;
  terminatedOn: string;
  subject: string;
  obligations: string;
}

const FIELDS = [
  'number',
  'status',
  'programmeId',
  'partyOrganisationId',
  'partnerOrganisationId',
  'signedOn',
  'validFrom',
  'validTo',
  'terminatedOn',
  'subject',
  'obligations',
] as const satisfies readonly (keyof AgreementFormValues)[];

const MAX_OBLIGATIONS = 100;
const storedStatus = (agreement: Agreement): SettableStatus =>
  agreement.status === 'expired' ? 'active' : agreement.status;
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function valuesOf(agreement: Agreement | undefined, preset: Preset): AgreementFormValues {
  return {
    number: agreement?.number ?? '',
    status: agreement ? storedStatus(agreement) : 'active',
    programmeId: agreement?.programmeId ?? '',
    partyOrganisationId: agreement
      ? {
          id: agreement.partyOrganisationId,
          name: agreement.partyOrganisationName,
          kind: agreement.partyOrganisationKind,
        }
      : (preset.party ?? null),
    partnerOrganisationId: agreement
      ? {
          id: agreement.partnerOrganisationId,
          name: agreement.partnerOrganisationName,
          kind: agreement.partnerOrganisationKind,
        }
      : (preset.partner ?? null),
    signedOn: agreement?.signedOn ?? '',
    validFrom: agreement?.validFrom ?? '',
    validTo: agreement?.validTo ?? '',
    terminatedOn: agreement?.terminatedOn ?? '',
    subject: agreement?.subject ?? '',
    obligations: agreement?.obligations.join('\n') ?? '',
  };
}

function terms(values: AgreementFormValues) {
  return {
    number: values.number.trim(),
    subject: values.subject.trim(),
    obligations: linesOf(values.obligations),
    signedOn: orNull(values.signedOn),
    validFrom: values.validFrom,
    validTo: orNull(values.validTo),
    programmeId: orNull(values.programmeId),
  };
}

function save(values: AgreementFormValues, agreement?: Agreement): Promise<Agreement> {
  if (agreement) {
    const terminated = values.status === 'terminated';
    return unwrap(
      api.PATCH('/api/v1/agreements/{id}', {
        params: { path: { id: agreement.id } },
        body: {
          ...terms(values),
          status: values.status,
          // Left out when terminating without a date: the server takes today.
          terminatedOn: terminated ? (orNull(values.terminatedOn) ?? undefined) : undefined,
          expectedVersion: agreement.version,
        },
      }),
    );
  }
  return unwrap(
    api.POST('/api/v1/agreements', {
      body: {
        ...terms(values),
        status: values.status === 'active' ? 'active' : 'draft',
        partyOrganisationId: values.partyOrganisationId?.id ?? '',
        partnerOrganisationId: values.partnerOrganisationId?.id ?? '',
      },
    }),
  );
}

export interface Preset {
  party?: OrganisationOption;
  partner?: OrganisationOption;
}

/**
 * Registers an agreement (as a draft or signed) or changes one: its terms, or its status (sign,
 * terminate). The parties are fixed once registered. A school account signs for its own school only.
 */
export function AgreementFormDialog({
  agreement,
  preset = {},
  open,
  onClose,
  onSaved,
}: {
  agreement?: Agreement;
  preset?: Preset;
  open: boolean;
  onClose: () => void;
  onSaved: (saved: Agreement) => void;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const rules = useRules();
  const me = useMe();
  const queryClient = useQueryClient();
  const programmes = useProgrammes();
  const ownSchool = useQuery({
    queryKey: ['schools', me.schoolId],
    queryFn: () => unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id: me.schoolId ?? '' } } })),
    enabled: !!me.schoolId && !agreement,
  });
  const fixedParty: OrganisationOption | undefined =
    me.schoolId && ownSchool.data
      ? { id: me.schoolId, name: ownSchool.data.shortName, kind: 'school' }
      : undefined;

  const form = useForm<AgreementFormValues>({ defaultValues: valuesOf(agreement, preset) });
  const { control, reset, watch, setValue } = form;
  const { submit, failure, clearFailure } = useSaveForm({
    form,
    fields: FIELDS,
    save: (values) => save(values, agreement),
    onSaved: (saved) => {
      queryClient.setQueryData(['agreements', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['agreements'] });
      onSaved(saved);
    },
  });

  useEffect(() => {
    if (open) {
      reset(valuesOf(agreement, fixedParty ? { ...preset, party: fixedParty } : preset));
      clearFailure();
    }
    // Only when the dialog opens: a refetch must not wipe what the user is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  // The own school's name may arrive after the dialog opened.
  useEffect(() => {
    if (open && fixedParty && !agreement) setValue('partyOrganisationId', fixedParty);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, fixedParty?.name]);

  const status = watch('status');
  const statuses = agreement ? NEXT_STATUSES[storedStatus(agreement)] : NEW_STATUSES;
  const third = { xs: 12, sm: 4 };
  const half = { xs: 12, sm: 6 };
  return (
    <FormDialog
      open={open}
      title={t(agreement ? 'agreements.editTitle' : 'agreements.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      failure={failure}
      maxWidth="md"
      dividers
      testId="agreement-form"
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={third}>
          <FormField
            control={control}
            name="number"
            label={t('fields.number')}
            rules={rules.text(100, true)}
          />
        </Grid>
        <Grid size={third}>
          <FormField
            control={control}
            name="status"
            label={t('fields.status')}
            select
            rules={{ required: rules.required }}
          >
            {statuses.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`agreementStatus.${option}`)}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={third}>
          <FormField control={control} name="programmeId" label={t('fields.programme')} select>
            <MenuItem value="">{t('agreements.noProgramme')}</MenuItem>
            {(programmes.data ?? []).map((programme) => (
              <MenuItem key={programme.id} value={programme.id}>
                {programme.shortName ?? programme.title}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={half}>
          <FormOrganisationPicker
            control={control}
            name="partyOrganisationId"
            label={t('fields.party')}
            kinds={PARTY_KINDS}
            required={rules.required}
            disabled={!!agreement || !!me.schoolId}
            testId="agreement-party"
          />
        </Grid>
        <Grid size={half}>
          <FormOrganisationPicker
            control={control}
            name="partnerOrganisationId"
            label={t('fields.partner')}
            kinds={COUNTERPARTY_KINDS}
            required={rules.required}
            disabled={!!agreement}
            testId="agreement-partner"
          />
        </Grid>
        <Grid size={third}>
          <FormField
            control={control}
            name="signedOn"
            type="date"
            label={t('fields.signedOn')}
            rules={{
              validate: (value, values) =>
                values.status !== 'active' || !!value || t('validation.signedOnNeeded'),
            }}
          />
        </Grid>
        <Grid size={third}>
          <FormField
            control={control}
            name="validFrom"
            type="date"
            label={t('fields.validFrom')}
            rules={{ required: rules.required }}
          />
        </Grid>
        <Grid size={third}>
          <FormField
            control={control}
            name="validTo"
            type="date"
            label={t('fields.validTo')}
            helperText={t('agreements.validToHint')}
            rules={{
              validate: (value, values) =>
                !value || !values.validFrom || value >= values.validFrom || t('validation.validToBeforeFrom'),
            }}
          />
        </Grid>
        {status === 'terminated' && (
          <Grid size={third}>
            <FormField control={control} name="terminatedOn" type="date" label={t('fields.terminatedOn')} />
          </Grid>
        )}
        <Grid size={12}>
          <FormField
            control={control}
            name="subject"
            label={t('fields.subject')}
            multiline
            minRows={2}
            rules={rules.text(2000, true)}
          />
        </Grid>
        <Grid size={12}>
          <FormField
            control={control}
            name="obligations"
            label={t('fields.obligations')}
            helperText={t('agreements.obligationsHint')}
            multiline
            minRows={3}
            rules={{
              validate: (value) => {
                const lines = linesOf(typeof value === 'string' ? value : '');
                if (lines.length > MAX_OBLIGATIONS)
                  return t('validation.tooManyLines', { max: MAX_OBLIGATIONS });
                return lines.every((line) => line.length <= 2000) || t('validation.tooLong', { max: 2000 });
              },
            }}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
