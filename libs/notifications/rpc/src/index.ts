// The notifications service's request/reply contracts: for the notifications service, the gateway and tests only.
export * from './lib/feed';
export * from './lib/kinds';
export * from './lib/notifications-rpc';
export * from './lib/preferences';
