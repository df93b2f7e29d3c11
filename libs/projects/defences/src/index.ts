export * from './lib/defences.module';
