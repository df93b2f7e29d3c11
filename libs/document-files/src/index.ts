export * from './lib/document-file-name';
export * from './lib/document-format';
export * from './lib/uploaded-document';
