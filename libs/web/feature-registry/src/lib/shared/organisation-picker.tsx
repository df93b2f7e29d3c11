import { Autocomplete, TextField } from '@mui/material';
import { api, type Schemas, unwrap } from '@orbita/web/core';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useEffect, useState, type Ref } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

export type OrganisationKind = Schemas['Organisation']['kind'];

/** An organisation as a picker holds it: enough to show and to send. */
export interface OrganisationOption {
  id: string;
  name: string;
  kind?: OrganisationKind;
}

const SEARCH_PAGE = 30;

/**
 * Picks an organisation of the given kinds by typing part of its name (searched on the server, so a
 * region of hundreds of schools stays quick). A school-scoped account is offered its own school only:
 * the API shows it no other.
 */
export function OrganisationPicker({
  label,
  kinds,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  required,
  size,
  testId,
  inputRef,
  disabled,
}: {
  label: string;
  kinds?: readonly OrganisationKind[];
  value: OrganisationOption | null;
  onChange: (value: OrganisationOption | null) => void;
  onBlur?: () => void;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  size?: 'small' | 'medium';
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);

  // One small search per kind, so that many schools cannot crowd the partners out of one page.
  const found = useQueries({
    queries: (kinds ?? [undefined]).map((kind) => ({
      queryKey: ['organisations', 'search', kind ?? null, search],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/organisations', {
            params: {
              query: { q: search || undefined, kind, active: true, pageSize: SEARCH_PAGE, sort: 'shortName' },
            },
          }),
        ),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
      enabled: !disabled,
    })),
  });
  const options: OrganisationOption[] = found.flatMap((result) =>
    (result.data?.items ?? []).map((organisation) => ({
      id: organisation.id,
      name: organisation.shortName,
      kind: organisation.kind,
    })),
  );

  return (
    <Autocomplete<OrganisationOption>
      value={value}
      onChange={(_, next) => onChange(next)}
      onBlur={onBlur}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      options={options}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={(option) => option.name}
      groupBy={
        kinds && kinds.length > 1
          ? (option) => (option.kind ? t(`organisationKinds.${option.kind}`) : '')
          : undefined
      }
      loading={found.some((result) => result.isFetching)}
      noOptionsText={t('picker.noOptions')}
      size={size}
      disabled={disabled}
      fullWidth
      data-testid={testId}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
          placeholder={value ? undefined : t('picker.typeToSearch')}
        />
      )}
    />
  );
}

/** {@link OrganisationPicker} bound to a react-hook-form field holding an {@link OrganisationOption}. */
export function FormOrganisationPicker<T extends FieldValues>({
  control,
  name,
  required,
  ...picker
}: {
  control: Control<T>;
  name: FieldPath<T>;
  required?: string;
} & Pick<Parameters<typeof OrganisationPicker>[0], 'label' | 'kinds' | 'testId' | 'disabled'>) {
  const { field, fieldState } = useController({ control, name, rules: { required } });
  return (
    <OrganisationPicker
      {...picker}
      value={(field.value as OrganisationOption | null) ?? null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      required={!!required}
      error={!!fieldState.error}
      helperText={fieldState.error?.message}
    />
  );
}
