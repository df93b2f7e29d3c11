// The registry service's request/reply contracts: for the registry service, the gateway and tests only.
export {};
