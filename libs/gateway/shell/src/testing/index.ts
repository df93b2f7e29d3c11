// Test helpers, apart from the library's main entry so that no app bundles them (or @orbita/testing).
export * from './test-gateway';
// The auth harness's helpers and types, so that tests of the whole gateway import from here alone.
export {
  authHeader,
  TEST_ACCOUNT_PASSWORD,
  type NewTestAccount,
  type TestAccount,
  type TestGateway,
  type TestGatewayOptions,
} from '@orbita/gateway/auth/testing';
