export * from './lib/bootstrap';
export * from './lib/rpc-access';
export * from './lib/rpc-handler.decorator';
export * from './lib/service-config';
export * from './lib/service-host.module';
export * from './lib/transfers';
export * from './lib/domain-store';
export * from './lib/system-bus';
