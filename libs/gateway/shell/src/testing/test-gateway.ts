import { startAuthTestGateway, type TestGateway, type TestGatewayOptions } from '@orbita/gateway/auth/testing';
import { createOrbitaGateway } from '../lib/orbita-gateway';

/**
 * The whole gateway (every resource module) for integration tests, on the real PostgreSQL and NATS:
 *
 * ```ts
 * const database = await createTestDatabase();
 * const gateway = await startTestGateway({ databaseUrl: database.url, subjectPrefix: uniqueRunId() });
 * const token = await gateway.tokenFor('school_coordinator', schoolId);
 * const response = await gateway.app.inject({ method: 'GET', url: '/api/v1/schools', headers: authHeader(token) });
 * ```
 * Close it with `gateway.close()` (then drop the database).
 */
export function startTestGateway(options: TestGatewayOptions): Promise<TestGateway> {
  return startAuthTestGateway(options, createOrbitaGateway);
}
