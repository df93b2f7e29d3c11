export * from './lib/codes/participant-codes.service';
export * from './lib/demo/demo-protocol-rows';
export * from './lib/demo/seed-works-demo';
export * from './lib/shared/assessments-errors';
export * from './lib/shared/numeric';
export * from './lib/works.module';
export * from './lib/works/work.entity';
export * from './lib/works/works.service';
