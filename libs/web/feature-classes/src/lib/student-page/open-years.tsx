import { MenuItem } from '@mui/material';
import { schoolYearLabel } from '../shared/format';
import type { Membership } from '../shared/queries';

/** The school years the student is in a class now, as the options of a select (value: the year). */
export function openYearOptions(memberships: Membership[]) {
  return memberships.map((membership) => (
    <MenuItem key={membership.schoolYear} value={String(membership.schoolYear)}>
      {schoolYearLabel(membership.schoolYear)}
    </MenuItem>
  ));
}
