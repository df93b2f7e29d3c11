// The reporting service's request/reply contracts: for the reporting service, the gateway and tests only.
export {};
