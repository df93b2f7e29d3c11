// The enrollment service's request/reply contracts: for the enrollment service, the gateway and tests only.
export {};
