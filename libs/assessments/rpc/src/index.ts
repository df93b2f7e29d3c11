// The assessments service's request/reply contracts: for the assessments service, the gateway and tests only.
export {};
