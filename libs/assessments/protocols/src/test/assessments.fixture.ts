import type { Actor } from '@orbita/auth';
import { WORKS_ENTITIES, WORKS_MIGRATIONS, WorksModule } from '@orbita/assessments/works';
import { ASSESSMENTS_RPC, type CreateWorkCommand, type WorkView } from '@orbita/assessments/rpc';
import type { RpcContract } from '@orbita/contracts';
import { ActorSigner, SystemRpcClient } from '@orbita/messaging';
import { ServiceConfig, type ServiceDefinition } from '@orbita/service-host';
import { testActorKeys } from '@orbita/testing';
import { regionalCoordinator as regional, startTestService, TestService } from '@orbita/service-host/testing';
import type { IntakeEnvironment } from '../lib/intake/intake-settings';
import { PROTOCOLS_ENTITIES, PROTOCOLS_MIGRATIONS, ProtocolsModule } from '../lib/protocols.module';

export { regionalCoordinator as regional, schoolCoordinator } from '@orbita/service-host/testing';

/** The assessments service as ASSESSMENTS_SERVICE composes it. */
export const ASSESSMENTS_TEST_SERVICE: ServiceDefinition = {
  name: 'assessments',
  entities: [...WORKS_ENTITIES, ...PROTOCOLS_ENTITIES],
  migrations: [...WORKS_MIGRATIONS, ...PROTOCOLS_MIGRATIONS],
  modules: [WorksModule, ProtocolsModule],
};

class TestAssessmentsConfig extends ServiceConfig implements IntakeEnvironment {
  PROTOCOL_MAX_BYTES = 10 * 1024 * 1024;
  PROTOCOL_MAX_ROWS = 20_000;
}

export interface JournalEntry {
  seq: number;
  subject: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** A blueprint of `tasks` tasks with maximum 2 each, expected from `schoolIds`. */
export const blueprint = (schoolIds: string[], overrides: Partial<CreateWorkCommand> = {}): CreateWorkCommand => ({
  kind: 'intermediate',
  title: 'Математика, 7 класс',
  subject: 'math',
  grades: [7],
  schoolYear: 2024,
  windowFrom: '2024-12-02',
  windowTo: '2024-12-05',
  tasks: [1, 2, 3].map((number) => ({ number, label: String(number), maxScore: 2 })),
  levels: [
    { code: 'low', label: 'Низкий', minTotal: 0 },
    { code: 'high', label: 'Высокий', minTotal: 4 },
  ],
  schoolIds,
  ...overrides,
});

/**
 * The assessments service on the real PostgreSQL and NATS (see TestService), with a journal of every
 * row ever written to the outbox (the relay empties the outbox itself), in insertion order.
 */
export class AssessmentsFixture extends TestService<TestAssessmentsConfig> {
  static async start(overrides: Partial<IntakeEnvironment> = {}): Promise<AssessmentsFixture> {
    const fixture = new AssessmentsFixture(await startTestService(ASSESSMENTS_TEST_SERVICE, TestAssessmentsConfig, overrides));
    await fixture.dataSource.query(`
      CREATE TABLE outbox_journal (seq bigint, subject text, aggregate_id text, payload jsonb);
      CREATE FUNCTION journal_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO outbox_journal VALUES (NEW.seq, NEW.subject, NEW.aggregate_id, NEW.payload); RETURN NEW; END $$;
      CREATE TRIGGER outbox_journal AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION journal_outbox();`);
    await fixture.answering(ASSESSMENTS_RPC.listWorks);
    return fixture;
  }

  /** A request as `actor` (none: as the system actor of seeds), waiting long enough for the intake of a large file. */
  request<Req extends object, Res>(contract: RpcContract<Req, Res>, body: Req, actor?: Actor): Promise<Res> {
    const actors = ActorSigner.fromKey(testActorKeys().signingKey);
    return new SystemRpcClient(this.nats, { names: this.names, timeoutMs: 30_000, actors }).request(contract, body, { actor });
  }

  /** Publishes a work as a regional coordinator. */
  createWork(schoolIds: string[], overrides: Partial<CreateWorkCommand> = {}): Promise<WorkView> {
    return this.request(ASSESSMENTS_RPC.createWork, blueprint(schoolIds, overrides), regional());
  }

  async issueCodes(workId: string, schoolId: string, count: number): Promise<string[]> {
    const issued = await this.request(ASSESSMENTS_RPC.issueParticipantCodes, { workId, schoolId, count }, regional());
    return issued.codes;
  }

  /** Every outbox row written so far (optionally of one aggregate), in the order written. */
  async journal(aggregateId?: string): Promise<JournalEntry[]> {
    const rows: { seq: string; subject: string; aggregate_id: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT seq, subject, aggregate_id, payload FROM outbox_journal ${aggregateId ? 'WHERE aggregate_id = $1' : ''} ORDER BY seq`,
      aggregateId ? [aggregateId] : [],
    );
    return rows.map((row) => ({ seq: Number(row.seq), subject: row.subject, aggregateId: row.aggregate_id, payload: row.payload }));
  }

  async count(table: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }
}
