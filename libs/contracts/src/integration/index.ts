export * from './mismatches-found';
export * from './registrations-counted';
export * from './student-linked';
