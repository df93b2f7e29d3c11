export * from './participant-codes-issued';
export * from './protocol-lifecycle';
export * from './protocol-rows-recorded';
export * from './work-published';
