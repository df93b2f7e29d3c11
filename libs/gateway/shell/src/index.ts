export * from './lib/demo-accounts/demo-accounts';
export * from './lib/gateway-resources';
export * from './lib/orbita-gateway';
