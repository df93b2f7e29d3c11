import type { Browser, Page } from 'playwright-core';
import { settledAccessibilityViolations } from '../support/accessibility';
import { PlatformApi } from '../support/api';
import { launchChromium, signIn, type SignedInPage } from '../support/browser';
import { eventually } from '../support/eventually';
import { StartedPlatform } from '../support/started-platform';

/**
 * The Sirius.Schools sync in a real browser, on the platform as `npm start` runs it with the platform's
 * stand-in serving the demo region (issue 14): the regional centre follows the runs, starts a full one and
 * sees it succeed, and opens a school's mismatch report; a school coordinator sees its own school's report
 * only and approves the link the rules proposed. The demo roster puts a link proposal (a patronymic written
 * otherwise) in the Academic Lyceum, so its coordinator approves it; lyceum № 1 has a duplicate and a student
 * not registered on the platform.
 */
const REGIONAL = 'coordinator@demo.orbita.local';
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const SCHOOL_2 = 'kraynov.school2@demo.orbita.local';
const WAIT = { timeout: 30_000 };
/** A full run of the demo region, followed by polling every 3 s, on a busy machine. */
const RUN_WAIT = { timeout: 3 * 60_000 };
const SCENARIO_TIMEOUT = 6 * 60_000;
/** Users the demo's platform holds: 177 student accounts and 37 teachers (seed 000's «зарегистрировано»). */
const DEMO_REGISTERED = 214;

interface Page_<T> {
  items: T[];
  total: number;
}
interface Run {
  id: string;
  status: string;
  counts: { users: { read: number } };
}
interface SchoolReconciliation {
  schoolId: string;
  open: number;
  reconciledAt: string | null;
}
interface Mismatch {
  id: string;
  schoolId: string;
  kind: string;
  status: string;
  comment: string | null;
}

describe('the Sirius.Schools screens in a real browser', () => {
  let platform: StartedPlatform;
  let browser: Browser;
  let regional: PlatformApi;
  let school2: PlatformApi;
  let school1Id: string;
  let school2Id: string;
  const opened: SignedInPage[] = [];

  const as = async (email: string, path: string): Promise<Page> => {
    const session = await signIn(browser, platform.baseUrl, { email, password: platform.demoPassword, path });
    opened.push(session);
    // A stuck click or wait then fails naming its locator, instead of running into the scenario's timeout.
    session.page.setDefaultTimeout(WAIT.timeout);
    return session.page;
  };

  beforeAll(async () => {
    // The first start builds every app; on a busy machine that takes longer than the usual 8 minutes.
    platform = await StartedPlatform.start({ timeoutMs: 20 * 60_000 });
    regional = await PlatformApi.signIn(platform.baseUrl, REGIONAL, platform.demoPassword);
    school2 = await PlatformApi.signIn(platform.baseUrl, SCHOOL_2, platform.demoPassword);
    const school1 = await PlatformApi.signIn(platform.baseUrl, SCHOOL_1, platform.demoPassword);
    school1Id = (await school1.get<{ schoolId: string }>('/auth/me')).schoolId;
    school2Id = (await school2.get<{ schoolId: string }>('/auth/me')).schoolId;
    // The demo's first run (a seed step) has read the platform and the schools are reconciled after it.
    await eventually(
      'the demo’s first sync run and the reconciliation after it',
      async () => {
        const runs = await regional.get<Page_<Run>>('/integration/runs');
        if (!runs.items.some((run) => run.status === 'succeeded')) return false;
        const schools = await regional.get<Page_<SchoolReconciliation>>('/integration/schools');
        return schools.items.find((school) => school.schoolId === school2Id)?.reconciledAt ?? false;
      },
      5 * 60_000,
    );
    // After the setup, so a broken setup shows as such even on a machine without the browser.
    browser = await launchChromium();
  }, 25 * 60_000);

  afterEach(async () => {
    for (const session of opened.splice(0)) await session.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, 60_000);

  it(
    'the regional centre sees the status and the runs, starts a full run that succeeds, and opens a school’s report',
    async () => {
      const page = await as(REGIONAL, '/');
      await page.getByRole('navigation').getByRole('link', { name: '«Сириус.Школы»' }).click();
      const status = page.getByTestId('sync-status');
      await status.waitFor(WAIT);
      expect(await status.getAttribute('data-configured')).toBe('true');
      await page.locator('[data-testid="run-row"][data-status="succeeded"]').first().waitFor(WAIT);
      const earlier = (await regional.get<Page_<Run>>('/integration/runs')).items.map((run) => run.id);
      expect(await settledAccessibilityViolations(page)).toEqual([]);

      await page.getByTestId('sync-start').click();
      await page.getByTestId('start-full').check();
      expect(await settledAccessibilityViolations(page)).toEqual([]);
      await page.getByTestId('start-form-submit').click();
      await page.getByTestId('start-form').waitFor({ state: 'detached', ...WAIT });
      const started = (await regional.get<Page_<Run>>('/integration/runs')).items[0];
      expect(earlier).not.toContain(started.id);
      // The screen follows the run by itself (no reload) until it has succeeded.
      const row = page.locator(`[data-testid="run-row"][data-run-id="${started.id}"]`);
      await page
        .locator(`[data-testid="run-row"][data-run-id="${started.id}"][data-status="succeeded"]`)
        .waitFor(RUN_WAIT);
      const finished = (await regional.get<Page_<Run>>('/integration/runs')).items.find(
        (run) => run.id === started.id,
      );
      expect(finished?.counts.users.read).toBe(DEMO_REGISTERED);
      expect(await row.getByTestId('run-counts-users').innerText()).toContain(`Люди: ${DEMO_REGISTERED} `);
      expect(await settledAccessibilityViolations(page)).toEqual([]);

      await page.locator(`[data-testid="school-row"][data-school-id="${school1Id}"] a`).click();
      await page.locator('[data-testid="mismatch-group"][data-kind="duplicate"]').waitFor(WAIT);
      await page.locator('[data-testid="mismatch-group"][data-kind="not_registered"]').waitFor(WAIT);
      const duplicate = page.locator('[data-testid="mismatch-row"][data-kind="duplicate"]').first();
      expect(await duplicate.getByTestId('platform-person').count()).toBe(2);
      expect(await duplicate.getByTestId('our-student').count()).toBe(1);
      expect(await settledAccessibilityViolations(page)).toEqual([]);
    },
    SCENARIO_TIMEOUT,
  );

  it(
    'a school coordinator sees its own school’s report only and approves a proposed link with a comment',
    async () => {
      const page = await as(SCHOOL_2, '/');
      await page.getByRole('navigation').getByRole('link', { name: 'Сверка с «Сириус.Школы»' }).click();
      const proposal = page.locator('[data-testid="mismatch-row"][data-kind="link_proposed"]').first();
      await proposal.waitFor(WAIT);
      // The school's own report: no region-wide status, runs or list of schools.
      expect(await page.getByTestId('sync-status').count()).toBe(0);
      expect(await page.getByTestId('school-row').count()).toBe(0);
      // Both sides shown: the same surname and name on the platform and in our lists, the patronymic written otherwise.
      const namesOf = async (side: string) =>
        (await proposal.getByTestId(side).innerText()).split('\n')[0].split(' ');
      const [platformNames, ourNames] = [await namesOf('platform-person'), await namesOf('our-student')];
      expect(platformNames.slice(0, 2)).toEqual(ourNames.slice(0, 2));
      expect(platformNames[2]).not.toBe(ourNames[2]);
      expect(await settledAccessibilityViolations(page)).toEqual([]);

      const proposalId = (await proposal.getAttribute('data-mismatch-id')) as string;
      await proposal.getByTestId('mismatch-approve').click();
      await page.getByTestId('mismatch-comment').fill('Отчество на платформе записано сокращённо');
      expect(await settledAccessibilityViolations(page)).toEqual([]);
      await page.getByTestId('mismatch-decision-form-submit').click();
      await page.getByTestId('mismatch-decision-form').waitFor({ state: 'detached', ...WAIT });
      await page
        .locator(`[data-testid="mismatch-row"][data-mismatch-id="${proposalId}"]`)
        .waitFor({ state: 'detached', ...WAIT });
      const approved = await school2.get<Page_<Mismatch>>(
        '/integration/mismatches?status=approved&kind=link_proposed',
      );
      expect(approved.items.find((mismatch) => mismatch.id === proposalId)).toMatchObject({
        schoolId: school2Id,
        status: 'approved',
        comment: 'Отчество на платформе записано сокращённо',
      });

      // Another school's report is not there for it, in the browser as through the API.
      await page.goto(`/integration/schools/${school1Id}`);
      await page.getByTestId('not-found').waitFor(WAIT);
      await expect(school2.get(`/integration/mismatches?schoolId=${school1Id}`)).rejects.toThrow(/HTTP 404/);
      expect(await settledAccessibilityViolations(page)).toEqual([]);
    },
    SCENARIO_TIMEOUT,
  );
});
