export * from './lib/demo-accounts/demo-accounts';
export * from './lib/gateway-resources';
export * from './lib/orbita-gateway';
export * from './lib/testing/test-gateway';
// The harness's helpers and types, so that tests import from the shell alone.
export {
  authHeader,
  TEST_ACCOUNT_PASSWORD,
  type NewTestAccount,
  type TestAccount,
  type TestGateway,
  type TestGatewayOptions,
} from '@orbita/gateway/auth';
