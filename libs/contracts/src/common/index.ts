export * from './field-decorators';
export * from './list-query';
export * from './transfer-file';
export * from './demo-clock';
export * from './by-id-request';
export * from './page';
export * from './rpc-contract';
