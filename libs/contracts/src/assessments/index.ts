export * from './participant-codes-issued';
export * from './protocol-lifecycle';
export * from './protocol-rows-recorded';
export * from './protocols';
export * from './queries';
export * from './work-published';
export * from './works';
