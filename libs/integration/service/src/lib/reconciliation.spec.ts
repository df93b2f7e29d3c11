import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  MISMATCHES_FOUND_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  STUDENT_LINKED_V1,
  STUDENT_UNLINKED_V1,
  type EventContract,
} from '@orbita/contracts';
import type { SyncRosterStudentView } from '@orbita/enrollment/rpc';
import type { StudentRoster } from '@orbita/integration/reconciliation';
import {
  INTEGRATION_RPC,
  IntegrationErrorCode,
  type MismatchKind,
  type MismatchView,
} from '@orbita/integration/rpc';
import { SiriusSimulator, type OneRosterRecord } from '@orbita/integration/simulator';
import { SyncRunner } from '@orbita/integration/sync';
import { connectNats, ensureStream, metadataToHeaders, prepareEvent } from '@orbita/messaging';
import {
  regionalCoordinator,
  schoolCoordinator,
  startTestService,
  waitFor,
  type TestService,
} from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { IntegrationConfig } from './integration-config';
import { integrationServiceWith } from './integration.service-definition';

const credentials = { clientId: 'orbita-reconcile-test', clientSecret: 'reconcile-test-secret' };
const LYCEUM_ORG = 'org-lyceum-1-tomsk';
const ACADEMIC_ORG = 'org-academic-lyceum-tomsk';

/** Our copy of a platform student, as enrollment's class lists would hold them, with what a case changes. */
function ourCopy(user: OneRosterRecord, facts: Partial<SyncRosterStudentView> = {}): SyncRosterStudentView {
  return {
    studentId: randomUUID(),
    surname: String(user['familyName']),
    name: String(user['givenName']),
    patronymic: (user['middleName'] as string | undefined) ?? null,
    birthDate: (user['metadata'] as { birthDate: string }).birthDate,
    classId: randomUUID(),
    classLabel: '10 А',
    grade: 10,
    externalId: null,
    ...facts,
  };
}

// One platform and one service throughout: each test continues from where the one before left.
describe('reconciling schools’ class lists with the Sirius.Schools simulator', () => {
  const lyceum = randomUUID();
  const academic = randomUUID();
  const classLists = new Map<string, SyncRosterStudentView[]>();
  // Enrollment is another service: the roster it would answer (the lead's e2e covers the real one).
  const roster: StudentRoster = {
    roster: async (schoolId) => ({ schoolId, schoolYear: 2024, students: classLists.get(schoolId) ?? [] }),
  };
  let simulator: SiriusSimulator;
  let service: TestService<IntegrationConfig>;
  let bus: NatsConnection;
  /** The lyceum's 50 platform students, by id. */
  let platform: OneRosterRecord[];
  /** Our class lists of the lyceum: see beforeAll. */
  let ours: SyncRosterStudentView[];
  let foundEvents = 0;

  const sql = <T = Record<string, unknown>>(query: string, parameters: unknown[] = []) =>
    service.dataSource.query<T[]>(query, parameters);

  async function publish<T extends object>(contract: EventContract<T>, payload: T, aggregateId: string) {
    const names = service.names;
    await ensureStream(await jetstreamManager(bus), names.eventStreamOf(contract.subject));
    const event = prepareEvent(contract, payload, { aggregateId });
    await jetstream(bus).publish(names.subject(contract.subject), JSON.stringify(payload), {
      headers: metadataToHeaders(event.metadata),
    });
  }

  /** A full sync run, then the reconciliation its success starts (the consumer of its counts). */
  async function syncAndReconcile(): Promise<void> {
    const started = await service.call(INTEGRATION_RPC.startRun, { full: true });
    await service.app.get(SyncRunner).idle();
    await waitFor(
      async () => (await sql('SELECT 1 FROM reconciliations WHERE run_id = $1', [started.id])).length === 1,
    );
  }

  const mismatches = (schoolId: string, status = 'open') =>
    sql<{
      id: string;
      kind: MismatchKind;
      student_id: string | null;
      external_ids: string[];
      confidence: string | null;
    }>(
      'SELECT id, kind, student_id, external_ids, confidence FROM mismatches WHERE school_id = $1 AND status = $2 ORDER BY kind, people_key',
      [schoolId, status],
    );
  const kindsOf = async (schoolId: string) =>
    (await mismatches(schoolId)).reduce<Record<string, number>>(
      (counts, row) => ({ ...counts, [row.kind]: (counts[row.kind] ?? 0) + 1 }),
      {},
    );
  const liveLinks = (schoolId: string) =>
    sql<{ student_id: string; external_id: string; method: string }>(
      `SELECT student_id, external_id, method FROM person_links WHERE school_id = $1 AND status = 'linked' ORDER BY external_id`,
      [schoolId],
    );
  const mismatchOf = async (kind: MismatchKind, studentId: string) => {
    const row = (await mismatches(lyceum)).find(
      (item) => item.kind === kind && item.student_id === studentId,
    );
    if (!row) throw new Error(`no open ${kind} of ${studentId}`);
    return row;
  };
  /** Waits until the outbox is relayed, and a moment for its events to arrive. */
  const settled = async () => {
    await waitFor(async () => (await sql('SELECT 1 FROM outbox LIMIT 1')).length === 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  /** The events reconciliations publish (a sync run publishes its counts besides). */
  const reconciliationEvents = () =>
    service.events.filter((event) =>
      [STUDENT_LINKED_V1, STUDENT_UNLINKED_V1, MISMATCHES_FOUND_V1].some(
        (contract) => contract.subject === event.subject,
      ),
    );

  beforeAll(async () => {
    simulator = new SiriusSimulator({ ...credentials, seed: 0 });
    const url = await simulator.listen(0);
    platform = simulator.roster.users
      .filter((user) =>
        (user['roles'] as Array<{ role: string; org: { sourcedId: string } }>).some(
          (role) => role.role === 'student' && role.org.sourcedId === LYCEUM_ORG,
        ),
      )
      .sort((a, b) => a.sourcedId.localeCompare(b.sourcedId));
    const at = (index: number) => platform[index] as OneRosterRecord;
    ours = [
      // 0–38: as on the platform; 39: in grade 11 here.
      ...platform.slice(0, 39).map((user) => ourCopy(user)),
      ourCopy(at(39), { grade: 11, classLabel: '11 А' }),
      // 40: enrollment holds its platform id (names differ: the id decides).
      ourCopy(at(40), { surname: 'Иная', externalId: at(40).sourcedId }),
      // 41: another patronymic (0.8); 42: another name (0.6).
      ourCopy(at(41), { patronymic: 'Иннокентьевна' }),
      ourCopy(at(42), { name: 'Ярослава' }),
      // Not on the platform; 43–49 of the platform are in none of our lists.
      ourCopy(at(0), { surname: 'Нигдеева', name: 'Ольга', birthDate: '2001-01-01' }),
    ];
    classLists.set(lyceum, ours);

    service = await startTestService(integrationServiceWith({ useValue: roster }), IntegrationConfig, {
      SIRIUS_URL: url,
      SIRIUS_CLIENT_ID: credentials.clientId,
      SIRIUS_CLIENT_SECRET: credentials.clientSecret,
      SIRIUS_PAGE_SIZE: 100,
      SIRIUS_INITIAL_BACKOFF_MS: 5,
      SIRIUS_CURSOR_OVERLAP_SECONDS: 0,
      // The report's reads of personal data are logged at info.
      LOG_LEVEL: 'info',
    });
    bus = await connectNats({ url: service.config.NATS_URL, name: 'reconciliation-test' });
    await service.answering(INTEGRATION_RPC.listRuns);
    const school = (schoolId: string, siriusId: string, shortName: string) => ({
      schoolId,
      municipalityId: randomUUID(),
      fullName: `МАОУ ${shortName} г. Томска`,
      shortName,
      siriusId,
      active: true,
    });
    await publish(SCHOOL_REGISTERED_V1, school(lyceum, LYCEUM_ORG, 'Лицей № 1'), lyceum);
    await publish(SCHOOL_REGISTERED_V1, school(academic, 'org-unknown', 'Академический лицей'), academic);
    await publish(
      SCHOOL_UPDATED_V1,
      { ...school(academic, ACADEMIC_ORG, 'Академический лицей'), version: 2, changedFields: ['siriusId'] },
      academic,
    );
    await waitFor(
      async () =>
        (await sql('SELECT 1 FROM schools WHERE sirius_id IN ($1, $2)', [LYCEUM_ORG, ACADEMIC_ORG]))
          .length === 2,
    );
  });

  afterAll(async () => {
    await service?.close();
    if (bus) {
      const jsm = await jetstreamManager(bus);
      for (const stream of [service.names.eventStream('registry'), service.names.deadLetterStream()])
        await jsm.streams.delete(stream.name).catch(() => undefined);
      await bus.drain();
    }
    await simulator?.close();
  });

  it('after a sync run: links exact matches and by external id, publishing each link, and reports the rest', async () => {
    await syncAndReconcile();

    const links = await liveLinks(lyceum);
    expect(links).toHaveLength(41);
    expect(links.filter((link) => link.method === 'rules')).toEqual(
      ours.slice(0, 40).map((student, index) => ({
        student_id: student.studentId,
        external_id: platform[index]?.sourcedId,
        method: 'rules',
      })),
    );
    expect(links).toContainEqual({
      student_id: ours[40]?.studentId,
      external_id: platform[40]?.sourcedId,
      method: 'external_id',
    });
    const linked = await service.published(STUDENT_LINKED_V1.subject, { schoolId: lyceum }, 41);
    expect(linked).toHaveLength(41);
    expect(linked.filter((event) => event.payload['method'] === 'external_id')).toHaveLength(1);

    expect(await kindsOf(lyceum)).toEqual({
      class_differs: 1,
      link_proposed: 2,
      not_registered: 1,
      platform_only: 7,
    });
    expect((await mismatchOf('class_differs', ours[39]?.studentId ?? '')).external_ids).toEqual([
      platform[39]?.sourcedId,
    ]);
    expect(Number((await mismatchOf('link_proposed', ours[41]?.studentId ?? '')).confidence)).toBe(0.8);
    expect(Number((await mismatchOf('link_proposed', ours[42]?.studentId ?? '')).confidence)).toBe(0.6);
    expect(await mismatchOf('not_registered', ours[43]?.studentId ?? '')).toMatchObject({ external_ids: [] });
    expect(await kindsOf(academic)).toEqual({ platform_only: 9 });

    const [found] = await service.published(MISMATCHES_FOUND_V1.subject, { schoolId: lyceum });
    expect(found?.payload).toMatchObject({ newMismatches: 11, openMismatches: 11 });
    expect(
      (await service.published(MISMATCHES_FOUND_V1.subject, { schoolId: academic }))[0]?.payload,
    ).toMatchObject({
      newMismatches: 9,
      openMismatches: 9,
    });
    foundEvents = 1;
    expect(JSON.stringify(service.events)).not.toMatch(/[А-Яа-яЁё]/);
  });

  it('reconciling again with nothing changed creates nothing new', async () => {
    await settled();
    const before = {
      lyceum: await mismatches(lyceum),
      academic: await mismatches(academic),
      links: await liveLinks(lyceum),
    };
    const events = reconciliationEvents().length;

    expect(await service.call(INTEGRATION_RPC.reconcile, {})).toMatchObject({ schools: 2, newMismatches: 0 });
    expect(await service.call(INTEGRATION_RPC.reconcile, {}, schoolCoordinator(lyceum))).toMatchObject({
      schools: 1,
      newMismatches: 0,
    });
    await syncAndReconcile();

    expect({
      lyceum: await mismatches(lyceum),
      academic: await mismatches(academic),
      links: await liveLinks(lyceum),
    }).toEqual(before);
    await settled();
    expect(reconciliationEvents()).toHaveLength(events);
  });

  it('shows a school its own report with both sides’ names; another school’s is not found', async () => {
    const coordinator = schoolCoordinator(lyceum);
    const proposals = await service.call(
      INTEGRATION_RPC.listMismatches,
      { kind: 'link_proposed', sort: 'detectedAt' },
      coordinator,
    );
    expect(proposals.total).toBe(2);
    const patronymic = proposals.items.find((item) => item.student?.studentId === ours[41]?.studentId);
    expect(patronymic).toMatchObject({
      schoolId: lyceum,
      status: 'open',
      confidence: 0.8,
      reason: expect.stringContaining('отчество отличается'),
      platform: [
        {
          externalId: platform[41]?.sourcedId,
          surname: platform[41]?.['familyName'],
          patronymic: platform[41]?.['middleName'],
          grade: 10,
          status: 'active',
        },
      ],
      student: { surname: ours[41]?.surname, patronymic: 'Иннокентьевна', classLabel: '10 А' },
    });

    // The read is logged with the school and counts; no name reaches the logs.
    expect(
      service.logs.filter(
        (line) => line['msg'] === 'personal data read: mismatch report' && line['schoolId'] === lyceum,
      ),
    ).toEqual([expect.objectContaining({ mismatches: 2, platformPeople: 2, students: 2 })]);
    expect(JSON.stringify(service.logs)).not.toContain(String(platform[41]?.['familyName']));

    const other = schoolCoordinator(academic);
    const own = await service.call(INTEGRATION_RPC.listMismatches, { pageSize: 50 }, other);
    expect(own.total).toBe(9);
    expect(own.items.every((item) => item.schoolId === academic && item.kind === 'platform_only')).toBe(true);
    expect(await service.failure(INTEGRATION_RPC.listMismatches, { schoolId: lyceum }, other)).toMatchObject({
      status: 404,
    });
    expect(
      await service.failure(
        INTEGRATION_RPC.decideMismatch,
        { id: patronymic?.id, decision: 'approve' },
        other,
      ),
    ).toMatchObject({ status: 404 });
    expect(await service.failure(INTEGRATION_RPC.reconcile, { schoolId: lyceum }, other)).toMatchObject({
      status: 404,
    });
    expect((await service.call(INTEGRATION_RPC.listSchoolReconciliations, {}, other)).items).toEqual([
      {
        schoolId: academic,
        schoolExternalId: ACADEMIC_ORG,
        schoolName: 'Академический лицей',
        linked: 0,
        open: 9,
        reconciledAt: expect.any(String),
      },
    ]);

    expect(await service.failure(INTEGRATION_RPC.listMismatches, {}, regionalCoordinator())).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'schoolId' })],
    });
    const region = await service.call(INTEGRATION_RPC.listSchoolReconciliations, {});
    expect(region.items.map(({ schoolId, linked, open }) => ({ schoolId, linked, open }))).toEqual([
      { schoolId: academic, linked: 0, open: 9 },
      { schoolId: lyceum, linked: 41, open: 11 },
    ]);
  });

  it('approving a proposal links and publishes it; rejecting records the comment; neither is decided twice', async () => {
    const coordinator = schoolCoordinator(lyceum);
    const close = await mismatchOf('link_proposed', ours[41]?.studentId ?? '');
    const far = await mismatchOf('link_proposed', ours[42]?.studentId ?? '');

    const approved = await service.call(
      INTEGRATION_RPC.decideMismatch,
      { id: close.id, decision: 'approve' },
      coordinator,
    );
    expect(approved).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    expect(await liveLinks(lyceum)).toContainEqual({
      student_id: ours[41]?.studentId,
      external_id: platform[41]?.sourcedId,
      method: 'rules',
    });
    await service.published(STUDENT_LINKED_V1.subject, {
      studentId: ours[41]?.studentId,
      externalId: platform[41]?.sourcedId,
    });

    const rejected = await service.call(
      INTEGRATION_RPC.decideMismatch,
      { id: far.id, decision: 'reject', comment: 'Другой ученик' },
      coordinator,
    );
    expect(rejected).toMatchObject({ status: 'rejected', comment: 'Другой ученик' });
    expect(await liveLinks(lyceum)).toHaveLength(42);
    expect(
      await service.failure(INTEGRATION_RPC.decideMismatch, { id: far.id, decision: 'approve' }, coordinator),
    ).toMatchObject({
      code: IntegrationErrorCode.MISMATCH_NOT_OPEN,
      status: 409,
    });

    // The rejected pair is two people now: ours not registered, theirs only on the platform.
    expect(await service.call(INTEGRATION_RPC.reconcile, { schoolId: lyceum })).toMatchObject({
      newMismatches: 2,
    });
    foundEvents += 1;
    expect(await kindsOf(lyceum)).toEqual({ class_differs: 1, not_registered: 2, platform_only: 8 });
    expect(
      (
        await sql('SELECT status FROM mismatches WHERE id = ANY($1) ORDER BY status', [[close.id, far.id]])
      ).map((row) => row['status']),
    ).toEqual(['approved', 'rejected']);
    expect(
      await service.published(MISMATCHES_FOUND_V1.subject, { schoolId: lyceum }, foundEvents),
    ).toHaveLength(foundEvents);
  });

  it('a person registered twice is a duplicate; approving it keeps one account and merges the other into it', async () => {
    const original = platform[0] as OneRosterRecord;
    const twin = `${original.sourcedId}-dup`;
    // As the simulator's duplicatePeople does, for a student we know is linked.
    simulator.roster.users.push({
      ...structuredClone(original),
      sourcedId: twin,
      dateLastModified: new Date().toISOString(),
    });
    await syncAndReconcile();

    const duplicate = await mismatchOf('duplicate', ours[0]?.studentId ?? '');
    expect(duplicate.external_ids).toEqual([original.sourcedId, twin].sort());
    foundEvents += 1;
    const found = await service.published(MISMATCHES_FOUND_V1.subject, { schoolId: lyceum }, foundEvents);
    expect(found.at(-1)?.payload).toMatchObject({ newMismatches: 1 });

    const coordinator = schoolCoordinator(lyceum);
    expect(
      await service.failure(
        INTEGRATION_RPC.decideMismatch,
        { id: duplicate.id, decision: 'approve' },
        coordinator,
      ),
    ).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'keepExternalId' })] });
    expect(
      await service.failure(
        INTEGRATION_RPC.decideMismatch,
        { id: duplicate.id, decision: 'approve', keepExternalId: 'user-s9999' },
        coordinator,
      ),
    ).toMatchObject({
      code: IntegrationErrorCode.MISMATCH_KEEP_UNKNOWN,
      status: 422,
      errors: [expect.objectContaining({ field: 'keepExternalId' })],
    });

    const merged = await service.call(
      INTEGRATION_RPC.decideMismatch,
      { id: duplicate.id, decision: 'approve', keepExternalId: twin },
      coordinator,
    );
    expect(merged).toMatchObject({ status: 'approved', kind: 'duplicate' });
    expect(merged.platform.map((person) => person.externalId).sort()).toEqual(
      [original.sourcedId, twin].sort(),
    );
    expect(await liveLinks(lyceum)).toContainEqual({
      student_id: ours[0]?.studentId,
      external_id: twin,
      method: 'rules',
    });
    expect(
      await sql(`SELECT merged_into FROM person_links WHERE external_id = $1 AND status = 'merged'`, [
        original.sourcedId,
      ]),
    ).toEqual([{ merged_into: twin }]);
    await service.published(STUDENT_UNLINKED_V1.subject, {
      studentId: ours[0]?.studentId,
      externalId: original.sourcedId,
    });
    await service.published(STUDENT_LINKED_V1.subject, { studentId: ours[0]?.studentId, externalId: twin });

    expect(await service.call(INTEGRATION_RPC.reconcile, { schoolId: lyceum })).toMatchObject({
      newMismatches: 0,
    });
    expect(await kindsOf(lyceum)).toEqual({ class_differs: 1, not_registered: 2, platform_only: 8 });
  });

  it('a linked person marked tobedeleted upstream is a deletion proposal; approving it ends the link, deleting nothing', async () => {
    const leaving = platform[1] as OneRosterRecord;
    const modified = new Date().toISOString();
    Object.assign(leaving, { status: 'tobedeleted', dateLastModified: modified });
    for (const enrollment of simulator.roster.enrollments)
      if ((enrollment['user'] as { sourcedId: string }).sourcedId === leaving.sourcedId)
        Object.assign(enrollment, { status: 'tobedeleted', dateLastModified: modified });
    await syncAndReconcile();

    const proposal = await mismatchOf('deletion_proposed', ours[1]?.studentId ?? '');
    expect(proposal.external_ids).toEqual([leaving.sourcedId]);
    const coordinator = schoolCoordinator(lyceum);
    const approved = await service.call(
      INTEGRATION_RPC.decideMismatch,
      { id: proposal.id, decision: 'approve' },
      coordinator,
    );
    expect(approved).toMatchObject<Partial<MismatchView>>({ status: 'approved', kind: 'deletion_proposed' });
    await service.published(STUDENT_UNLINKED_V1.subject, {
      studentId: ours[1]?.studentId,
      externalId: leaving.sourcedId,
    });
    expect((await liveLinks(lyceum)).map((link) => link.external_id)).not.toContain(leaving.sourcedId);
    expect(
      await sql(`SELECT status FROM external_records WHERE kind = 'users' AND source_id = $1`, [
        leaving.sourcedId,
      ]),
    ).toEqual([{ status: 'tobedeleted' }]);

    // Still in our class lists, no longer on the platform.
    expect(await service.call(INTEGRATION_RPC.reconcile, { schoolId: lyceum })).toMatchObject({
      newMismatches: 1,
    });
    expect(await mismatchOf('not_registered', ours[1]?.studentId ?? '')).toMatchObject({ external_ids: [] });
  });
});
