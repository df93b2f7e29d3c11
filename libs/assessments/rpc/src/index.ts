// The assessments service's request/reply contracts: for the assessments service, the gateway and tests only.
export * from './lib/assessments-rpc';
export * from './lib/errors';
export * from './lib/participant-codes';
export * from './lib/protocols';
export * from './lib/works';
