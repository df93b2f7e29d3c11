export * from './credit-fact-verified';
export * from './results-published';
export * from './sheet-submitted';
export * from './stage-closed';
export * from './studio-application-decided';
export * from './studio-ranking-published';
export * from './work-registered';
