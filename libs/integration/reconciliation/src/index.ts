export * from './lib/reconciliation.module';
export * from './lib/student-roster';
