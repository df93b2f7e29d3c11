export * from './lib/project-documents';
export * from './lib/stored-document';
