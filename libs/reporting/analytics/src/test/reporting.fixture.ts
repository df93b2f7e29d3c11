import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import {
  ANALYTICS_UPDATED_V1,
  PROTOCOL_ROWS_PER_CHUNK,
  PROTOCOL_ROWS_RECORDED_V1,
  PROTOCOL_SUBMITTED_V1,
  SCHOOL_REGISTERED_V1,
  WORK_PUBLISHED_V1,
  type AnalyticsUpdatedV1,
  type EventContract,
  type RpcContract,
  type ProtocolRowV1,
  type ProtocolSubmittedV1,
  type WorkPublishedV1,
} from '@orbita/contracts';
import { REPORTING_RPC } from '@orbita/reporting/rpc';
import { ensureStream, HEADER, metadataToHeaders } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { createServiceApp, type ServiceDefinition } from '@orbita/service-host';
import { regionalCoordinator, startTestService, TestService, waitFor } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { REPORTING_SERVICE_NAME } from '../lib/projection/analytics-consumer';
import { ANALYTICS_MIGRATIONS, ReportingAnalyticsModule } from '../lib/reporting-analytics';

export { regionalCoordinator, schoolCoordinator, waitFor } from '@orbita/service-host/testing';

/** Reporting as REPORTING_SERVICE composes it. */
export const REPORTING_TEST_SERVICE: ServiceDefinition = {
  name: REPORTING_SERVICE_NAME,
  entities: [],
  migrations: ANALYTICS_MIGRATIONS,
  modules: [ReportingAnalyticsModule],
};

export interface PublishOptions {
  aggregateId?: string;
  /** Reuse an event id: with `redelivery`, the same event handed out again (JetStream does not deduplicate it). */
  eventId?: string;
  redelivery?: boolean;
  /** When the event occurred (default now). */
  occurredAt?: string;
}

/** A protocol version as assessments would publish it: its rows in chunks, then the submitted event. */
/** When the fixture's protocols are submitted: inside the test works' windows. */
export const PROTOCOL_SUBMITTED_AT = '2024-12-04T10:00:00.000Z';

export interface TestProtocol {
  protocolId: string;
  versionId: string;
  versionNumber: number;
  work: WorkPublishedV1;
  schoolId: string;
  rows: ProtocolRowV1[];
  replacesVersionId?: string;
}

export const row = (participantCode: string, classLabel: string, scores: number[]): ProtocolRowV1 => ({
  participantCode,
  classLabel,
  scores,
  total: scores.reduce((sum, score) => sum + score, 0),
});

/** A blueprint: three tasks (max 2, 3, 5; total 10) and three levels, window in the past unless told. */
export function testWork(overrides: Partial<WorkPublishedV1> = {}): WorkPublishedV1 {
  return {
    workId: randomUUID(),
    version: 1,
    kind: 'intermediate',
    title: 'Промежуточная диагностическая работа по математике, 7 класс',
    subject: 'math',
    grades: [7],
    schoolYear: 2024,
    windowFrom: '2024-12-02T00:00:00.000Z',
    windowTo: '2024-12-05T23:59:59.000Z',
    tasks: [
      { number: 1, label: '1', maxScore: 2 },
      { number: 2, label: '2', maxScore: 3, topic: 'Дроби' },
      { number: 3, label: '3', maxScore: 5 },
    ],
    levels: [
      { code: 'low', label: 'Низкий', minTotal: 0 },
      { code: 'middle', label: 'Средний', minTotal: 4 },
      { code: 'high', label: 'Высокий', minTotal: 8 },
    ],
    schoolIds: [],
    ...overrides,
  };
}

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * The reporting service (see TestService), fed by events published straight to the producers' streams as
 * their relays would publish them.
 */
export class ReportingFixture extends TestService {
  /** The service started again after its `app` was closed (see `restart`). */
  private restarted: NestFastifyApplication | undefined;

  static async start(): Promise<ReportingFixture> {
    const fixture = new ReportingFixture(await startTestService(REPORTING_TEST_SERVICE));
    const jsm = await jetstreamManager(fixture.nats);
    for (const producer of ['assessments', 'registry', 'enrollment', 'projects', 'integration'])
      await ensureStream(jsm, fixture.names.eventStream(producer));
    await fixture.answering(REPORTING_RPC.getCompleteness, { workId: randomUUID() });
    return fixture;
  }

  /** The analytics updates reporting has published so far. */
  get updates(): AnalyticsUpdatedV1[] {
    return this.events
      .filter((event) => event.subject === ANALYTICS_UPDATED_V1.subject)
      .map((event) => event.payload as unknown as AnalyticsUpdatedV1);
  }

  override get dataSource(): DataSource {
    return (this.restarted ?? this.app).get(DataSource);
  }

  /** Starts the service again on the same database and subjects, once `app.close()` has stopped it. */
  async restart(): Promise<void> {
    this.restarted = await createServiceApp(this.definition, this.config, { logDestination: quiet() });
    await this.restarted.init();
    await this.answering(REPORTING_RPC.getCompleteness, { workId: randomUUID() });
  }

  /** Publishes an event to its stream with the headers the outbox relay sets; resolves once stored. */
  async publish<T extends object>(
    contract: EventContract<T>,
    payload: T,
    options: PublishOptions = {},
  ): Promise<string> {
    const eventId = options.eventId ?? randomUUID();
    const metadata = metadataToHeaders({
      eventId,
      subject: contract.subject,
      occurredAt: options.occurredAt ?? new Date().toISOString(),
      producer: contract.subject.split('.')[0],
      version: 1,
      aggregateId: options.aggregateId ?? eventId,
      correlationId: eventId,
    });
    const headers = natsHeaders();
    for (const key of metadata.keys()) {
      if (!(options.redelivery && key === HEADER.msgId)) headers.set(key, metadata.get(key));
    }
    await jetstream(this.nats).publish(this.names.subject(contract.subject), JSON.stringify(payload), {
      headers,
    });
    return eventId;
  }

  async publishWork(work: WorkPublishedV1): Promise<void> {
    await this.publish(WORK_PUBLISHED_V1, work, { aggregateId: work.workId });
  }

  async registerSchool(shortName: string, schoolId = randomUUID()): Promise<string> {
    await this.publish(
      SCHOOL_REGISTERED_V1,
      {
        schoolId,
        municipalityId: '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0001',
        fullName: `МАОУ ${shortName}`,
        shortName,
        active: true,
      },
      { aggregateId: schoolId },
    );
    return schoolId;
  }

  protocol(
    work: WorkPublishedV1,
    schoolId: string,
    rows: ProtocolRowV1[],
    previous?: TestProtocol,
  ): TestProtocol {
    return {
      protocolId: previous?.protocolId ?? randomUUID(),
      versionId: randomUUID(),
      versionNumber: (previous?.versionNumber ?? 0) + 1,
      work,
      schoolId,
      rows,
      replacesVersionId: previous?.versionId,
    };
  }

  /** The chunk events of a protocol version (`chunkSize` rows each). */
  chunks(protocol: TestProtocol, chunkSize = PROTOCOL_ROWS_PER_CHUNK) {
    const count = Math.max(1, Math.ceil(protocol.rows.length / chunkSize));
    return Array.from({ length: count }, (_, chunkIndex) => ({
      protocolId: protocol.protocolId,
      versionId: protocol.versionId,
      workId: protocol.work.workId,
      schoolId: protocol.schoolId,
      chunkIndex,
      chunkCount: count,
      rows: protocol.rows.slice(chunkIndex * chunkSize, (chunkIndex + 1) * chunkSize),
    }));
  }

  submitted(protocol: TestProtocol, chunkSize = PROTOCOL_ROWS_PER_CHUNK): ProtocolSubmittedV1 {
    return {
      protocolId: protocol.protocolId,
      versionId: protocol.versionId,
      versionNumber: protocol.versionNumber,
      workId: protocol.work.workId,
      workVersion: protocol.work.version,
      schoolId: protocol.schoolId,
      actorId: randomUUID(),
      at: PROTOCOL_SUBMITTED_AT,
      rowCount: protocol.rows.length,
      chunkCount: this.chunks(protocol, chunkSize).length,
      ...(protocol.replacesVersionId ? { replacesVersionId: protocol.replacesVersionId } : {}),
    };
  }

  /** Chunks then the submitted event, in the order assessments writes them. */
  async submit(protocol: TestProtocol, chunkSize = PROTOCOL_ROWS_PER_CHUNK): Promise<void> {
    for (const chunk of this.chunks(protocol, chunkSize)) {
      await this.publish(PROTOCOL_ROWS_RECORDED_V1, chunk, { aggregateId: protocol.protocolId });
    }
    await this.publish(PROTOCOL_SUBMITTED_V1, this.submitted(protocol, chunkSize), {
      aggregateId: protocol.protocolId,
    });
  }

  /**
   * Asks until the answer satisfies `ready` (the projection applies events asynchronously); 404 counts as not
   * yet. 30 s: under CI's load (two workers beside the browser suites) an event redelivered after a back-off
   * took longer than 15 s.
   */
  async until<Req extends object, Res>(
    contract: RpcContract<Req, Res>,
    body: Req,
    ready: (answer: Res) => boolean,
    actor: Actor = regionalCoordinator(),
    timeoutMs = 30_000,
  ): Promise<Res> {
    let last: Res | CodedException | undefined;
    try {
      await waitFor(async () => {
        try {
          last = await this.client.request(contract, body, { actor });
          return ready(last);
        } catch (error) {
          if (!(error instanceof CodedException && error.status === 404)) throw error;
          last = error;
          return false;
        }
      }, timeoutMs);
    } catch (error) {
      throw new Error(
        `${contract.subject} ${JSON.stringify(body)}: ${(error as Error).message}; last answer: ${JSON.stringify(last)}`,
      );
    }
    return last as Res;
  }

  /** Rows of a reporting table (the read models are plain SQL tables). */
  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  /** Stops the service, then removes every stream of the run (the producers' too) and the database. */
  override async close(): Promise<void> {
    await this.restarted?.close();
    await this.app.close();
    const jsm = await jetstreamManager(this.nats);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${this.names.prefix}_`))
        await jsm.streams.delete(stream.config.name);
    }
    await super.close();
  }
}
