import { DEMO_WORKS } from '@orbita/assessments/works';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from '../support/accessibility';
import { PlatformApi } from '../support/api';
import { launchChromium, signIn, TABLET, type SignedInPage } from '../support/browser';
import { DEMO_MATH_SCORES, fillProtocolTemplate } from '../support/protocol-file';
import { StartedPlatform } from '../support/started-platform';

/**
 * The coordinators' web UI in a real browser (Debian's Chromium through playwright-core), against the
 * whole platform started as `npm start` starts it, with its demo data. The scenarios run in order: the
 * regional coordinator reviews what the school coordinator submitted.
 */
const REGIONAL = 'coordinator@demo.orbita.local';
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const MATH = DEMO_WORKS[0];
const WAIT = { timeout: 30_000 };

interface Page_<T> {
  items: T[];
  total: number;
}

describe('the web UI in a real browser, on the platform as npm start runs it', () => {
  let platform: StartedPlatform;
  let browser: Browser;
  let school1: string;
  let school2: string;
  let school2Class: string | undefined;
  let school1Class: string | undefined;
  const opened: SignedInPage[] = [];

  const as = async (email: string, path: string): Promise<Page> => {
    const session = await signIn(browser, platform.baseUrl, { email, password: platform.demoPassword, path });
    opened.push(session);
    return session.page;
  };

  beforeAll(async () => {
    platform = await StartedPlatform.start();
    browser = await launchChromium();
    const regional = await PlatformApi.signIn(platform.baseUrl, REGIONAL, platform.demoPassword);
    const schoolCoordinator = await PlatformApi.signIn(platform.baseUrl, SCHOOL_1, platform.demoPassword);
    school1 = (await schoolCoordinator.get<{ schoolId: string }>('/auth/me')).schoolId;
    school1Class = (await schoolCoordinator.get<Page_<{ id: string }>>('/classes?pageSize=1')).items[0]?.id;
    const schools = await regional.get<Page_<{ id: string }>>('/schools?pageSize=100');
    school2 = schools.items.map((school) => school.id).find((id) => id !== school1) as string;
    const classes = await regional.get<Page_<{ id: string }>>(`/classes?schoolId=${school2}&pageSize=1`);
    school2Class = classes.items[0]?.id;
  }, 10 * 60_000);

  afterEach(async () => {
    for (const session of opened.splice(0)) await session.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, 60_000);

  it('1. a school coordinator downloads the template, uploads a protocol with a bad row, sees it, fixes it and submits', async () => {
    const page = await as(SCHOOL_1, `/works/${MATH.id}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-template').click(),
    ]);
    const template = await readFile((await download.path()) as string);
    // In spreadsheet row 4 (the third participant) task 8, whose maximum is 3, got 9.
    const bad = DEMO_MATH_SCORES.map((row, index) => (index === 2 ? [...row.slice(0, 7), 9] : row));

    await page.getByTestId('protocol-file-input').setInputFiles({
      name: 'Протокол 7А.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fillProtocolTemplate(template, bad),
    });
    const problems = page.getByTestId('protocol-problem');
    await problems.first().waitFor(WAIT);
    expect(await problems.count()).toBe(1);
    const problem = await problems.first().innerText();
    expect(problem).toMatch(/\b4\b/); // the row as the spreadsheet numbers it
    expect(problem).toContain('9');

    await page.getByTestId('protocol-file-input').setInputFiles({
      name: 'Протокол 7А (исправлен).xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fillProtocolTemplate(template, DEMO_MATH_SCORES),
    });
    await expectText(page.getByTestId('protocol-status'), 'Отправлен');
    expect(await page.getByTestId('protocol-problems').count()).toBe(0);
  });

  it('2. the regional coordinator sees the notification, accepts the protocol on the completeness board and sees the analytics', async () => {
    const page = await as(REGIONAL, '/');
    await expectText(page.getByTestId('unread-badge'), /[1-9]/);
    await page.getByTestId('unread-badge').click();
    // «Протокол на проверку: <work> — <school>», from assessments' event through notifications.
    await expectText(
      page.getByTestId('notification-item').filter({ hasText: 'Протокол на проверку' }),
      MATH.title,
    );

    await page.goto(`/works/${MATH.id}/completeness`);
    const row = page.locator(`[data-testid="completeness-row"][data-school-id="${school1}"]`);
    await expectText(row, 'Отправлен');
    await row.getByTestId('review-protocol').click();
    await page.getByTestId('accept-protocol').click();
    await expectText(page.getByTestId('protocol-status'), 'Принят');

    await page.getByTestId('open-school-analytics').click();
    await expectChart(page, 'chart-school-vs-region');
    await page.goto(`/analytics/works/${MATH.id}`);
    await expectChart(page, 'chart-histogram');
    await expectChart(page, 'chart-tasks');
  });

  it('3. a school coordinator cannot reach another school’s pages by changing the URL', async () => {
    const page = await as(SCHOOL_1, '/');
    const foreign = [`/schools/${school2}`, `/analytics/works/${MATH.id}/schools/${school2}`];
    if (school2Class) foreign.push(`/classes/${school2Class}`);
    for (const path of foreign) {
      await page.goto(path);
      await page.getByTestId('not-found').waitFor(WAIT);
    }
    // …while the same pages of their own school open.
    await page.goto(`/schools/${school1}`);
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    expect(await page.getByTestId('not-found').count()).toBe(0);
  });

  it('4. the region overview shows the seed-000 totals from the demo data', async () => {
    const page = await as(REGIONAL, '/');
    await expectText(page.getByTestId('total-schools'), /^\s*8\s*$/);
    await expectText(page.getByTestId('total-students'), /^\s*177\s*$/);
    await expectChart(page, 'chart-by-profile');
    await expectChart(page, 'chart-by-municipality');
  });

  it('5. works on a tablet and from the keyboard alone', async () => {
    const context = await browser.newContext({
      baseURL: platform.baseUrl,
      viewport: TABLET,
      locale: 'ru-RU',
    });
    opened.push({ context, page: await context.newPage(), consoleErrors: [] });
    const page = opened[opened.length - 1].page;
    await page.goto('/');
    // The form takes focus; Tab moves on, Enter signs in.
    await page.getByLabel('Электронная почта').waitFor(WAIT);
    await page.keyboard.type(REGIONAL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(platform.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByTestId('total-students').waitFor(WAIT);

    // Narrower than the permanent menu allows: the menu opens from the header, and the pages do not
    // scroll sideways (wide tables scroll inside themselves).
    await page.getByRole('button', { name: 'Меню' }).click();
    await page.getByRole('link', { name: 'Диагностические работы' }).click();
    await page.getByTestId('works-grid').waitFor(WAIT);
    for (const path of [
      '/',
      `/works/${MATH.id}`,
      `/works/${MATH.id}/completeness`,
      '/schools',
      `/analytics/works/${MATH.id}`,
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
      await page.waitForLoadState('networkidle');
      const width = await page.locator('html').evaluate((html) => html.scrollWidth);
      expect({ path, width }).toEqual({ path, width: TABLET.width });
    }
  });

  it('6. a page whose code does not arrive (a dropped connection, a deploy) offers a reload, inside the frame', async () => {
    const page = await as(SCHOOL_1, '/');
    // Each feature's pages are a chunk of their own (`assets/pages-<hash>.js`), fetched on the first visit.
    const pageChunks = /\/assets\/pages-[^/]+\.js$/;
    await page.route(pageChunks, (route) => route.abort());
    await page.goto(`/schools/${school1}`);
    await page.getByTestId('page-load-failed').waitFor(WAIT);
    expect(await page.getByTestId('header-identity').isVisible()).toBe(true);

    await page.unroute(pageChunks);
    await page.getByRole('button', { name: 'Перезагрузить' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    expect(await page.getByTestId('page-load-failed').count()).toBe(0);
  });

  describe('7. the main screens have no serious or critical WCAG 2 A/AA problems (axe-core)', () => {
    // One sign-in per person for all the screens (logins are rate-limited), after the scenarios above
    // left a protocol accepted, a notification and analytics to show.
    const sessions = new Map<string, Promise<Page>>();
    const pageOf = (email: string): Promise<Page> => {
      if (!sessions.has(email)) {
        sessions.set(
          email,
          signIn(browser, platform.baseUrl, { email, password: platform.demoPassword }).then(
            (session) => session.page,
          ),
        );
      }
      return sessions.get(email) as Promise<Page>;
    };

    afterAll(async () => {
      for (const page of sessions.values()) await (await page).context().close();
    });

    it('sign-in', async () => {
      const context = await browser.newContext({ baseURL: platform.baseUrl, locale: 'ru-RU' });
      opened.push({ context, page: await context.newPage(), consoleErrors: [] });
      const page = opened[opened.length - 1].page;
      await page.goto('/');
      await page.getByLabel('Электронная почта').waitFor(WAIT);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    const screens: { name: string; as: string; path: () => string | undefined; ready?: string }[] = [
      { name: 'overview', as: REGIONAL, path: () => '/', ready: 'total-students' },
      { name: 'schools list', as: REGIONAL, path: () => '/schools' },
      { name: 'school card', as: REGIONAL, path: () => `/schools/${school1}` },
      { name: 'roadmap', as: REGIONAL, path: () => '/roadmap' },
      { name: 'works list', as: REGIONAL, path: () => '/works', ready: 'works-grid' },
      {
        name: 'completeness board',
        as: REGIONAL,
        path: () => `/works/${MATH.id}/completeness`,
        ready: 'completeness-row',
      },
      {
        name: 'analytics of a work',
        as: REGIONAL,
        path: () => `/analytics/works/${MATH.id}`,
        ready: 'chart-histogram',
      },
      { name: 'notifications', as: REGIONAL, path: () => '/notifications', ready: 'notification-item' },
      { name: 'classes list', as: SCHOOL_1, path: () => '/classes' },
      { name: 'class page', as: SCHOOL_1, path: () => school1Class && `/classes/${school1Class}` },
      {
        name: 'work page with the school protocol panel',
        as: SCHOOL_1,
        path: () => `/works/${MATH.id}`,
        ready: 'protocol-status',
      },
    ];
    it.each(screens)('$name', async ({ as: email, path, ready }) => {
      const page = await pageOf(email);
      const url = path();
      if (!url) throw new Error('the demo data has no class in school 1');
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
      if (ready) await page.getByTestId(ready).first().waitFor(WAIT);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500); // transitions end, so colours are measured as shown
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  });
});

/** Waits until the element's text matches (the UI loads and refreshes on its own time). */
async function expectText(
  locator: ReturnType<Page['getByTestId']>,
  expected: string | RegExp,
): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (
      await locator
        .first()
        .innerText({ timeout: WAIT.timeout })
        .catch(() => '')
    ).trim();
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`expected ${String(expected)} in ${locator.toString()}, found «${text}»`);
}

/** An ECharts chart that has drawn: its surface (SVG or canvas) has a size and holds shapes. */
async function expectChart(page: Page, testId: string): Promise<void> {
  const surface = page.getByTestId(testId).locator('.echarts-for-react').locator('svg, canvas').first();
  await surface.waitFor(WAIT);
  const box = await surface.boundingBox();
  expect(box?.width).toBeGreaterThan(100);
  expect(box?.height).toBeGreaterThan(100);
  const shapes = await surface.evaluate((element) =>
    element.tagName === 'svg' ? element.querySelectorAll('path, rect').length : 1,
  );
  expect(shapes).toBeGreaterThan(3);
}
