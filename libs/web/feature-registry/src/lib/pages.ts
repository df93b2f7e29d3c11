// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { AgreementPage } from './agreements/agreement-page';
export { AgreementsPage } from './agreements/agreements-page';
export { PartnerCardPage, PartnersPage } from './partners/partners-page';
export { SchoolCardPage, SchoolsPage } from './schools/schools-page';
