export * from './field-decorators';
export * from './list-query';
export * from './transfer-file';
export * from './demo-clock';
export * from './page';
export * from './rpc-contract';
