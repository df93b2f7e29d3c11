export * from './class-formed';
export * from './selection-ranked';
export * from './student-events';
