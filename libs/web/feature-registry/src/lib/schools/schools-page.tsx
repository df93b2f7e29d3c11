import { useCan, useMe } from '@orbita/web/core';
import { Navigate } from 'react-router';
import { OrganisationCardPage } from '../organisations/organisation-card-page';
import { schoolEndpoints } from '../organisations/organisation-endpoints';
import { OrganisationsPage } from '../organisations/organisations-page';
import { SchoolPeople } from './school-people';
import { SchoolProgrammes } from './school-programmes';

/**
 * `/schools`: the region's schools. A school-scoped account (coordinator, teacher) has one school, so
 * "Школы" opens its card straight away; registering schools is for the region's roles.
 */
export function SchoolsPage() {
  const me = useMe();
  if (me.schoolId) return <Navigate to={`/schools/${me.schoolId}`} replace />;
  return <OrganisationsPage endpoints={schoolEndpoints} />;
}

/** `/schools/:id`: the school's card with its programmes, agreements and people. */
export function SchoolCardPage() {
  const me = useMe();
  const can = useCan();
  return (
    <OrganisationCardPage
      endpoints={schoolEndpoints}
      showBackLink={!me.schoolId}
      aside={can('programmes:read') ? (school) => <SchoolProgrammes schoolId={school.id} /> : undefined}
      more={can('people:read') ? (school) => <SchoolPeople schoolId={school.id} /> : undefined}
    />
  );
}
