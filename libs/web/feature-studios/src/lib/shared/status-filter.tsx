import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { APPLICATION_STATUSES, FACT_STATUSES } from '../data/studios-queries';

const ALL = 'all';
const STATUSES = { application: APPLICATION_STATUSES, fact: FACT_STATUSES };
const SECTION = { application: 'applications', fact: 'facts' } as const;

type Filter = ReturnType<typeof useStatusParam>;

/** The status picked in the URL's `param` (kept across a reload), `fallback` until one is; "all" picks none. */
export function useStatusParam<S extends string>(param: string, fallback: S) {
  const [params, setParams] = useSearchParams();
  const value = params.get(param) ?? fallback;
  const pick = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set(param, next);
        return updated;
      },
      { replace: true },
    );
  return { value, status: value === ALL ? undefined : (value as S), pick };
}

/** The select above a queue of applications or facts: "all", or one status in words. */
export function StatusFilter({ kind, filter }: { kind: keyof typeof STATUSES; filter: Filter }) {
  const { t } = useTranslation('studios');
  return (
    <TextField
      select
      size="small"
      label={t(`${SECTION[kind]}.statusFilter`)}
      value={filter.value}
      onChange={(event) => filter.pick(event.target.value)}
      sx={{ maxWidth: 280 }}
    >
      <MenuItem value={ALL}>{t(`${SECTION[kind]}.allStatuses`)}</MenuItem>
      {STATUSES[kind].map((option) => (
        <MenuItem key={option} value={option}>
          {t(`${kind}Status.${option}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
