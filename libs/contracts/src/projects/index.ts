export * from './sheet-submitted';
export * from './stage-closed';
export * from './work-registered';
