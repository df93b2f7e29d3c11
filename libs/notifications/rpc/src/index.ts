// The notifications service's request/reply contracts: for the notifications service, the gateway and tests only.
export {};
