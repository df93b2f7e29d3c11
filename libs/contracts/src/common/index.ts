export * from './field-decorators';
export * from './list-query';
