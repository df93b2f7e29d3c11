import { Module } from '@nestjs/common';
import { ENROLLMENT_RPC, SyncRosterQuery, type SyncRosterView } from '@orbita/enrollment/rpc';
import {
  ActorVerifier,
  NatsConnectionHolder,
  RpcServer,
  SERVICE_CALLER_ACTOR,
  type RpcContext,
} from '@orbita/messaging';
import { startTestService, waitFor, type TestService } from '@orbita/service-host/testing';
import { testActorKeys } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { EnrollmentRoster } from './enrollment-roster';

@Module({ providers: [EnrollmentRoster] })
class RosterModule {}

/**
 * The integration service asks enrollment for a school's roster as itself. Enrollment's side (the roster it
 * answers) is tested in libs/enrollment; here a stand-in answers the subject as enrollment's RpcServer would.
 */
describe('EnrollmentRoster', () => {
  let service: TestService;
  let enrollment: RpcServer;
  const asked: { query: SyncRosterQuery; context: RpcContext }[] = [];
  const SCHOOL = randomUUID();
  const ROSTER: SyncRosterView = { schoolId: SCHOOL, schoolYear: 2026, students: [] };

  beforeAll(async () => {
    service = await startTestService({
      name: 'integration',
      entities: [],
      migrations: [],
      modules: [RosterModule],
    });
    enrollment = new RpcServer(service.nats, 'enrollment', {
      names: service.names,
      logger: pino({ level: 'silent' }),
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    enrollment.handle(
      ENROLLMENT_RPC.listSyncRoster.subject,
      SyncRosterQuery,
      async (query, context) => {
        asked.push({ query, context });
        return ROSTER;
      },
      { callers: ENROLLMENT_RPC.listSyncRoster.callers },
    );
    // The service's own connection opens in the background once it has started.
    await waitFor(() => service.app.get(NatsConnectionHolder).connection !== undefined);
  }, 60_000);

  afterAll(async () => {
    await enrollment?.close();
    await service?.close();
  });

  it('reads a school’s roster from enrollment as the integration service, with no user’s actor', async () => {
    await expect(service.app.get(EnrollmentRoster).roster(SCHOOL)).resolves.toEqual(ROSTER);
    expect(asked).toEqual([
      {
        query: { schoolId: SCHOOL },
        context: expect.objectContaining({ actor: SERVICE_CALLER_ACTOR, caller: 'integration' }),
      },
    ]);
  });
});
