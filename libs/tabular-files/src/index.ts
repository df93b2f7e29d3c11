export * from './lib/csv';
export * from './lib/read-tabular-file';
export * from './lib/table';
export * from './lib/xlsx';
