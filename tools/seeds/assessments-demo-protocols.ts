import { currentDemoWorks, demoProtocolRows, DEMO_WORKS, type DemoWork } from '@orbita/assessments/works';
import type { Actor } from '@orbita/auth';
import { ASSESSMENTS_RPC, type UploadProtocolCommand } from '@orbita/assessments/rpc';
import type { RpcClient, TransferBucket } from '@orbita/messaging';

/**
 * The first schools by short name get no demo protocols, so that the headline flow can be tried on them
 * live: the demo school coordinators of the README and the browser tests (Лицей № 1, Академический лицей)
 * are among them.
 */
export const DEMO_LIVE_SCHOOLS = 3;

/** The account id the demo protocols are uploaded and accepted under: no gateway account has it. */
export const DEMO_SEED_ACCOUNT_ID = '0d3e5c1a-6b2f-4e7a-9c8d-1e2f3a4b5c6d';

const [INTERMEDIATE_MATH, , FINAL_MATH] = DEMO_WORKS;

/** Demo protocols of a work, from the schools after DEMO_LIVE_SCHOOLS. */
interface DemoProtocols {
  work: DemoWork;
  /** How many of the last schools have not sent theirs. */
  skipLast: number;
  /** How many of the last protocols sent the region has not reviewed yet. */
  unreviewed: number;
}

/**
 * Which works get demo protocols: 2024/25's math works (the last school has not sent its final one) and,
 * the current year's intermediate one, its window open now: three schools have sent theirs on time, the
 * region accepted two and has the third to review (provisional figures), two schools have yet to send.
 * The 2024/25 final first: the newest "protocol to review" notifications are then of an intermediate
 * work, the one the browser tests submit to.
 */
function demoProtocolsOf(today: string | undefined): DemoProtocols[] {
  const [currentIntermediate] = today ? currentDemoWorks(today) : [];
  return [
    { work: FINAL_MATH, skipLast: 1, unreviewed: 0 },
    { work: INTERMEDIATE_MATH, skipLast: 0, unreviewed: 0 },
    ...(currentIntermediate ? [{ work: currentIntermediate, skipLast: 2, unreviewed: 1 }] : []),
  ];
}

/** Intake takes a few seconds at most for a demo file; a slow start of the service gets some slack. */
const UPLOAD_TIMEOUT_MS = 60_000;

/**
 * Demo protocols of the math works (2024/25's and, given `today`, the current year's intermediate one:
 * see demoProtocolsOf) through the running assessments service, exactly as a school's upload goes (the
 * CSV through the transfer bucket, intake, submission), most then accepted by the region: the events
 * reach reporting and notifications over JetStream like any other. A (work, school) that has a protocol
 * in any status is left alone, so seeding again adds nothing. `schoolIds` sorted by short name.
 */
export async function seedProtocolsDemo(
  rpc: RpcClient,
  bucket: TransferBucket,
  schoolIds: readonly string[],
  today?: string,
): Promise<string> {
  const region: Actor = { userId: DEMO_SEED_ACCOUNT_ID, role: 'regional_coordinator' };
  let created = 0;
  let present = 0;
  let accepted = 0;
  for (const { work, skipLast, unreviewed } of demoProtocolsOf(today)) {
    const existing = await rpc.request(
      ASSESSMENTS_RPC.listProtocols,
      { workId: work.id, pageSize: 100 },
      { actor: region },
    );
    const withProtocol = new Set(existing.items.map((protocol) => protocol.schoolId));
    const schools = schoolIds.slice(DEMO_LIVE_SCHOOLS, schoolIds.length - skipLast);
    for (const [offset, schoolId] of schools.entries()) {
      if (withProtocol.has(schoolId)) {
        present++;
        continue;
      }
      const school: Actor = { userId: DEMO_SEED_ACCOUNT_ID, role: 'school_coordinator', schoolId };
      const codes = await rpc.request(
        ASSESSMENTS_RPC.listParticipantCodes,
        { workId: work.id, pageSize: 100, sort: 'code' },
        { actor: school },
      );
      const rows = demoProtocolRows(
        work,
        DEMO_LIVE_SCHOOLS + offset,
        codes.items.map((code) => code.code),
      );
      const { name } = await bucket.put(Buffer.from(protocolCsv(work.tasks.length, rows)));
      const command: UploadProtocolCommand = {
        workId: work.id,
        objectName: name,
        fileName: `Протокол ${work.grades.join(', ')} класс.csv`,
        submit: true,
      };
      const { protocol } = await rpc.request(
        ASSESSMENTS_RPC.uploadProtocol,
        command,
        { actor: school },
        { timeoutMs: UPLOAD_TIMEOUT_MS },
      );
      created++;
      if (offset >= schools.length - unreviewed) continue;
      await rpc.request(ASSESSMENTS_RPC.acceptProtocol, { id: protocol.id }, { actor: region });
      accepted++;
    }
  }
  return `${created} demo protocols uploaded now, ${accepted} of them accepted (${present} there already)`;
}

/** The protocol as a school exports it from Excel: `;`, Russian headers, the total last. */
function protocolCsv(taskCount: number, rows: ReturnType<typeof demoProtocolRows>): string {
  const header = [
    'Код участника',
    'Класс',
    ...Array.from({ length: taskCount }, (_, index) => `З${index + 1}`),
    'Итого',
  ];
  const lines = rows.map(({ participantCode, classLabel, scores }) => [
    participantCode,
    classLabel,
    ...scores,
    scores.reduce((sum, score) => sum + score, 0),
  ]);
  return [header, ...lines].map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}
