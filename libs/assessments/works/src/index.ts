export * from './lib/demo/demo-protocol-rows';
export * from './lib/demo/seed-works-demo';
export * from './lib/works.module';
