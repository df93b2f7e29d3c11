// The projects service's request/reply contracts: for the projects service, the gateway and tests only.
export * from './lib/assignment-import';
export * from './lib/documents';
export * from './lib/errors';
export * from './lib/judging';
export * from './lib/projects-rpc';
export * from './lib/rubrics';
export * from './lib/seasons';
export * from './lib/sheets';
export * from './lib/status';
export * from './lib/studios';
export * from './lib/studios-rpc';
export * from './lib/summary-protocol';
export * from './lib/works';
