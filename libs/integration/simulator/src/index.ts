// A stand-in for the Sirius.Schools platform: the demo region's registrations served over OneRoster 1.2 REST,
// with switchable faults. For `npm start` without a real platform, and for tests.
export * from './lib/demo-region';
export * from './lib/generated-region';
export * from './lib/sirius-simulator';
