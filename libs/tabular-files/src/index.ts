export * from './lib/csv';
export * from './lib/csv-writing';
export * from './lib/parse-slots';
export * from './lib/read-tabular-file';
export * from './lib/table';
export * from './lib/xlsx';
export * from './lib/zip';
