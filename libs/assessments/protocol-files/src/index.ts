export * from './lib/blueprint';
export * from './lib/headers';
export * from './lib/protocol-table';
export * from './lib/read-protocol-file';
export * from './lib/template';
export * from './lib/validate';
export * from './lib/xlsx';
