export * from './lib/intake/intake-settings';
export * from './lib/protocols.module';
