export * from './lib/resource';
export * from './lib/version-etag.interceptor';
export * from './lib/versioned-update';
