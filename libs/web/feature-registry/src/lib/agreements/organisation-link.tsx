import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { OrganisationKind } from '../shared/organisation-picker';

const PARTNER_KINDS: readonly OrganisationKind[] = [
  'university',
  'college',
  'enterprise',
  'research_institute',
  'other',
];

/** A party's name, linked to its card where the registry has one (schools, partners). */
export function OrganisationLink({ id, name, kind }: { id: string; name: string; kind: OrganisationKind }) {
  const base = kind === 'school' ? '/schools' : PARTNER_KINDS.includes(kind) ? '/partners' : undefined;
  if (!base) return <>{name}</>;
  return (
    <Link component={RouterLink} to={`${base}/${id}`}>
      {name}
    </Link>
  );
}
