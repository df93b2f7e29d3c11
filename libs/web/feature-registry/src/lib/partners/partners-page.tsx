import { OrganisationCardPage } from '../organisations/organisation-card-page';
import { partnerEndpoints } from '../organisations/organisation-endpoints';
import { OrganisationsPage } from '../organisations/organisations-page';

/** `/partners`: universities, colleges, enterprises and institutes the programme works with. */
export function PartnersPage() {
  return <OrganisationsPage endpoints={partnerEndpoints} />;
}

/** `/partners/:id`: the partner's card with its agreements. */
export function PartnerCardPage() {
  return <OrganisationCardPage endpoints={partnerEndpoints} />;
}
