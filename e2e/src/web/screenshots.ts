// `npm run screenshots`: starts the platform as `npm start` does (isolated, like the browser tests), brings
// the demo data to a state worth showing (school 1 submits the math protocol, the region accepts it), and
// saves every main screen to docs/screenshots/<name>.png at 1280×800 (and two at tablet width).
import { DEMO_WORKS } from '@orbita/assessments/works';
import { schoolYearOf } from '@orbita/contracts';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PlatformApi } from '../support/api';
import { DESKTOP, launchChromium, signIn, TABLET, type SignedInPage } from '../support/browser';
import { DEMO_MATH_SCORES, fillProtocolTemplate } from '../support/protocol-file';
import { StartedPlatform } from '../support/started-platform';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const REGIONAL = 'coordinator@demo.orbita.local';
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const SCHOOL_2 = 'kraynov.school2@demo.orbita.local';
const MATH = DEMO_WORKS[0];

interface Shot {
  name: string;
  as: string;
  path: (ids: Ids) => string;
  /** A test id that shows the screen has its data. */
  ready?: string;
  /** What the user does on the screen before it is taken. */
  act?: (page: Page, ids: Ids) => Promise<void>;
  viewport?: { width: number; height: number };
}

interface Ids {
  school1: string;
  protocolId: string;
  classId?: string;
  /** School 1's selection campaign, ranked: OGE scores of five of its students against threshold and quota. */
  campaignId: string;
  /** School 2's template with a score over the maximum in two rows. */
  badProtocol: Buffer;
}

const SHOTS: Shot[] = [
  { name: 'overview', as: REGIONAL, path: () => '/', ready: 'total-students' },
  { name: 'schools', as: REGIONAL, path: () => '/schools' },
  { name: 'school-card', as: REGIONAL, path: (ids) => `/schools/${ids.school1}` },
  { name: 'partners', as: REGIONAL, path: () => '/partners' },
  { name: 'agreements', as: REGIONAL, path: () => '/agreements' },
  { name: 'roadmap', as: REGIONAL, path: () => '/roadmap' },
  { name: 'classes', as: SCHOOL_1, path: () => '/classes' },
  { name: 'class-card', as: SCHOOL_1, path: (ids) => (ids.classId ? `/classes/${ids.classId}` : '/classes') },
  { name: 'selection', as: SCHOOL_1, path: (ids) => `/selection/${ids.campaignId}`, ready: 'candidate-row' },
  { name: 'works', as: REGIONAL, path: () => '/works' },
  {
    name: 'protocol-upload-errors',
    as: SCHOOL_2,
    path: () => `/works/${MATH.id}`,
    act: async (page, ids) => {
      await page.getByTestId('protocol-file-input').setInputFiles({
        name: 'Протокол 7Б.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: ids.badProtocol,
      });
      await page.getByTestId('protocol-problems').waitFor({ timeout: 30_000 });
      await page.getByTestId('protocol-problems').scrollIntoViewIfNeeded();
    },
  },
  { name: 'work-school-protocol', as: SCHOOL_1, path: () => `/works/${MATH.id}`, ready: 'protocol-status' },
  {
    name: 'completeness-board',
    as: REGIONAL,
    path: () => `/works/${MATH.id}/completeness`,
    ready: 'completeness-row',
  },
  {
    name: 'protocol-review',
    as: REGIONAL,
    path: (ids) => `/protocols/${ids.protocolId}`,
    ready: 'protocol-status',
  },
  {
    name: 'analytics-work',
    as: REGIONAL,
    path: () => `/analytics/works/${MATH.id}`,
    ready: 'chart-histogram',
  },
  {
    name: 'analytics-school',
    as: REGIONAL,
    path: (ids) => `/analytics/works/${MATH.id}/schools/${ids.school1}`,
    ready: 'chart-school-vs-region',
  },
  { name: 'notifications', as: REGIONAL, path: () => '/notifications', ready: 'notification-item' },
  { name: 'tablet-overview', as: REGIONAL, path: () => '/', ready: 'total-students', viewport: TABLET },
  {
    name: 'tablet-work-school-protocol',
    as: SCHOOL_1,
    path: () => `/works/${MATH.id}`,
    ready: 'protocol-status',
    viewport: TABLET,
  },
];

async function prepareDemoState(baseUrl: string, password: string): Promise<Ids> {
  const school = await PlatformApi.signIn(baseUrl, SCHOOL_1, password);
  const regional = await PlatformApi.signIn(baseUrl, REGIONAL, password);
  const { schoolId } = await school.get<{ schoolId: string }>('/auth/me');
  const template = await school.download(`/works/${MATH.id}/schools/${schoolId}/template`);
  const form = new FormData();
  form.set('workId', MATH.id);
  form.set('submit', 'true');
  form.set('file', new Blob([await fillProtocolTemplate(template, DEMO_MATH_SCORES)]), 'Протокол 7А.xlsx');
  const { protocol } = await school.post<{ protocol: { id: string } }>('/protocols', form);
  await regional.post(`/protocols/${protocol.id}/accept`);
  const classes = await school.get<{ items: { id: string }[] }>('/classes?pageSize=1');
  const campaignId = await rankedDemoCampaign(school);

  const school2 = await PlatformApi.signIn(baseUrl, SCHOOL_2, password);
  const school2Id = (await school2.get<{ schoolId: string }>('/auth/me')).schoolId;
  const school2Template = await school2.download(`/works/${MATH.id}/schools/${school2Id}/template`);
  const overMaximum = DEMO_MATH_SCORES.map((row, index) =>
    index === 1 || index === 3 ? [...row.slice(0, 6), 5, row[7]] : row,
  );
  const badProtocol = await fillProtocolTemplate(school2Template, overMaximum, '7Б');
  return {
    school1: schoolId,
    protocolId: protocol.id,
    classId: classes.items[0]?.id,
    campaignId,
    badProtocol,
  };
}

/** A 10th-grade OGE campaign of five of the school's students, ranked: recommended, over the quota, below the threshold. */
async function rankedDemoCampaign(school: PlatformApi): Promise<string> {
  // Five students spread over the alphabet (neighbours by surname would be namesakes of the demo's generator).
  const students = await school.get<{ items: { id: string }[] }>('/students?pageSize=40&sort=surname');
  const candidates = [0, 8, 16, 24, 32].map((index) => students.items[index]).filter(Boolean);
  const campaign = await school.post<{ id: string }>('/selection-campaigns', {
    grade: 10,
    schoolYear: schoolYearOf(new Date().toISOString().slice(0, 10)),
    basis: 'oge',
    threshold: 20,
    quota: 2,
  });
  const scores = [31, 27, 24, 22, 15];
  await school.post(`/selection-campaigns/${campaign.id}/candidates`, {
    candidates: candidates.map((student, index) => ({ studentId: student.id, score: scores[index] })),
  });
  await school.post(`/selection-campaigns/${campaign.id}/ranking`, {});
  return campaign.id;
}

async function shoot(browser: Browser, baseUrl: string, ids: Ids, password: string): Promise<void> {
  // One sign-in per person (logins are rate-limited), then every screen of theirs in that browser.
  const sessions = new Map<string, SignedInPage>();
  for (const shot of SHOTS) {
    let session = sessions.get(shot.as);
    if (!session) {
      session = await signIn(browser, baseUrl, { email: shot.as, password, viewport: DESKTOP });
      sessions.set(shot.as, session);
    }
    const { page } = session;
    await page.setViewportSize(shot.viewport ?? DESKTOP);
    await page.goto(shot.path(ids));
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    if (shot.ready) await page.getByTestId(shot.ready).first().waitFor({ timeout: 30_000 });
    await shot.act?.(page, ids);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800); // chart animations
    await page.screenshot({ path: join(OUT, `${shot.name}.png`) });
    process.stdout.write(`docs/screenshots/${shot.name}.png\n`);
  }
  for (const session of sessions.values()) await session.context.close();

  const context = await browser.newContext({ baseURL: baseUrl, viewport: DESKTOP, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Электронная почта').waitFor();
  await page.screenshot({ path: join(OUT, 'login.png') });
  process.stdout.write('docs/screenshots/login.png\n');
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  process.stdout.write('Starting the platform as npm start does (a few minutes)…\n');
  const platform = await StartedPlatform.start();
  let browser: Browser | undefined;
  try {
    const ids = await prepareDemoState(platform.baseUrl, platform.demoPassword);
    browser = await launchChromium();
    // Reporting and notifications follow the accepted protocol through events: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await shoot(browser, platform.baseUrl, ids, platform.demoPassword);
  } finally {
    await browser?.close();
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
