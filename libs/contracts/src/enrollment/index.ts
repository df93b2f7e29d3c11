export * from './class-formed';
export * from './class-list-import';
export * from './classes';
export * from './queries';
export * from './selection';
export * from './selection-ranked';
export * from './student-events';
export * from './students';
