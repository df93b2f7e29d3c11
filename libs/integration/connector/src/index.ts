// The integration service's view of a rostering platform (Sirius.Schools): the connector interface and
// its OneRoster 1.2 REST implementation.
export * from './lib/source-connector';
export * from './lib/oneroster/oneroster-connector';
export * from './lib/oneroster/http-errors';
