export * from './lib/studios.module';
