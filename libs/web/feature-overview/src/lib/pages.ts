// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { RegionOverview } from './region-overview/region-overview';
export { Welcome } from './welcome/welcome';
