import type { Browser, Page } from 'playwright-core';
import { settledAccessibilityViolations } from '../support/accessibility';
import { PlatformApi } from '../support/api';
import { launchChromium, signIn, type SignedInPage } from '../support/browser';
import { StartedPlatform } from '../support/started-platform';

/**
 * A school coordinator's own screens in a real browser, on the platform as `npm start` runs it (issue 11):
 * selection from campaign to enrollment, the overview of their school, the roadmap's documents. The
 * scenarios run in order (the second enrolls in the first one's class).
 */
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const WAIT = { timeout: 30_000 };

interface Page_<T> {
  items: T[];
}
interface Student {
  id: string;
  memberships: { classId: string; basis: object }[];
}

/** The school year running today, as the UI's forms default to it (September starts the next one). */
function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

describe('a school coordinator’s screens in a real browser', () => {
  let platform: StartedPlatform;
  let browser: Browser;
  let api: PlatformApi;
  const opened: SignedInPage[] = [];

  const as = async (path: string): Promise<Page> => {
    const session = await signIn(browser, platform.baseUrl, { email: SCHOOL_1, password: platform.demoPassword, path });
    opened.push(session);
    return session.page;
  };
  const choose = async (page: Page, field: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option }).click();
  };

  beforeAll(async () => {
    platform = await StartedPlatform.start();
    browser = await launchChromium();
    api = await PlatformApi.signIn(platform.baseUrl, SCHOOL_1, platform.demoPassword);
  }, 10 * 60_000);

  afterEach(async () => {
    for (const session of opened.splice(0)) await session.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, 60_000);

  it('opens a selection, ranks OGE candidates against the threshold and quota, and enrolls the recommended one', async () => {
    const schoolYear = currentSchoolYear();
    const programmeClass = await api.post<{ id: string }>('/classes', {
      programmeCode: 'sirius_partner_schools',
      schoolYear,
      grade: 8,
      label: '8 Отбор',
      profileSubjects: ['math'],
      delivery: 'lessons',
      teachers: [],
    });
    await api.post('/enrollment-orders', { number: '77-о', date: `${schoolYear}-08-30` });
    const candidates = [
      ['Отборова', 30],
      ['Квотина', 25],
      ['Порогова', 15],
    ] as const;
    const students: Record<string, string> = {};
    for (const [surname] of candidates)
      students[surname] = (
        await api.post<{ id: string }>('/students', { surname, name: 'Вера', birthDate: '2012-02-02' })
      ).id;

    const page = await as('/');
    await page.getByRole('link', { name: 'Отбор' }).click();
    await page.getByTestId('campaign-grid').waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('campaign-create').click();
    await page.getByTestId('campaign-form-grade').fill('8');
    await page.getByTestId('campaign-form-threshold').fill('20');
    await page.getByTestId('campaign-form-quota').fill('1');
    await page.getByTestId('campaign-form-submit').click();
    await page.getByTestId('campaign-details').waitFor(WAIT);
    expect((await page.getByTestId('campaign-threshold').innerText()).trim()).toBe('20');
    expect((await page.getByTestId('campaign-quota').innerText()).trim()).toBe('1');

    for (const [surname, score] of candidates) {
      await page.getByTestId('candidate-add').click();
      await choose(page, 'Ученик', new RegExp(surname));
      await page.getByTestId('candidate-score').fill(String(score));
      await page.getByTestId('candidate-form-submit').click();
      await page.getByTestId('candidate-form').waitFor({ state: 'detached', ...WAIT });
    }
    await page.getByTestId('campaign-rank').click();
    await page.locator('[data-testid="candidate-row"][data-standing="recommended"]').waitFor(WAIT);
    const standings = await page
      .getByTestId('candidate-row')
      .evaluateAll((rows) => rows.map((row) => [row.textContent ?? '', row.getAttribute('data-standing')]));
    expect(standings.map(([text, standing]) => [candidates.find(([name]) => text.includes(name))?.[0], standing])).toEqual([
      ['Отборова', 'recommended'],
      ['Квотина', 'overQuota'],
      ['Порогова', 'belowThreshold'],
    ]);
    // The lines the list crosses: the quota after the first place, the threshold before the last.
    expect(await page.getByTestId('quota-line').innerText()).toContain('1 место');
    expect(await page.getByTestId('threshold-line').innerText()).toContain('20');
    expect(await page.getByTestId('ranked-summary').innerText()).toMatch(/Рекомендованы: 1.*сверх квоты: 1.*ниже порога: 1/);
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('campaign-enroll').click();
    await choose(page, 'Класс', '8 Отбор');
    await choose(page, 'Приказ о зачислении', /77-о/);
    await page.getByTestId('campaign-enroll-form-submit').click();
    await page.getByTestId('campaign-enrolled').waitFor(WAIT);
    expect(await page.getByTestId('campaign-enrolled').innerText()).toContain('Зачислен 1 ученик');

    const enrolled = await api.get<Student>(`/students/${students['Отборова']}`);
    expect(enrolled.memberships).toEqual([
      expect.objectContaining({
        classId: programmeClass.id,
        basis: { kind: 'oge', score: 30, threshold: 20, rank: 1 },
      }),
    ]);
    expect((await api.get<Student>(`/students/${students['Квотина']}`)).memberships).toEqual([]);
  });

  it('stops a basis below its threshold at the score field of the student card’s enrollment', async () => {
    const student = await api.post<{ id: string }>('/students', {
      surname: 'Пороговая',
      name: 'Анна',
      birthDate: '2012-03-03',
    });
    const page = await as(`/students/${student.id}`);
    await page.getByTestId('student-enroll').click();
    // The class and order the first scenario made.
    await choose(page, 'Класс', /8 Отбор/);
    await choose(page, 'Приказ о зачислении', /77-о/);
    await page.getByLabel('Балл').fill('10');
    await page.getByLabel('Порог').fill('13');
    await page.getByTestId('enroll-dialog-submit').click();
    await page.getByText('Балл ниже порога').waitFor(WAIT);
    await page.getByLabel('Балл').fill('-5');
    await page.getByTestId('enroll-dialog-submit').click();
    await page.getByText('Неотрицательное число').waitFor(WAIT);
    expect((await api.get<Student>(`/students/${student.id}`)).memberships).toEqual([]);
  });

  it('shows the school its own overview, the region’s totals only under their own heading', async () => {
    // The demo data's year: its figures are settled (the selection above enrolled in the current one).
    const table = await api.get<{ schools: { students: number }[]; totals: { schools: number } }>(
      '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024',
    );
    const page = await as('/?year=2024');
    await page.getByTestId('total-students').waitFor(WAIT);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Обзор школы');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Обзор школы' }).count()).toBe(1);
    expect(await page.getByRole('navigation').getByText('Обзор региона').count()).toBe(0);
    // The school's own figure in the cards; no count of schools but the region's, under its heading.
    const own = table.schools.reduce((sum, school) => sum + school.students, 0);
    expect((await page.getByTestId('total-students').innerText()).trim()).toBe(String(own));
    expect(await page.getByTestId('total-schools').count()).toBe(0);
    const region = page.getByTestId('region-totals');
    expect(await region.getByRole('heading').innerText()).toBe('Для сравнения: весь регион');
    expect((await region.getByTestId('region-total-schools').innerText()).trim()).toBe(String(table.totals.schools));
    expect(await settledAccessibilityViolations(page)).toEqual([]);
  });

  it('counts on the roadmap what is really attached: the region’s documents say so', async () => {
    const roadmaps = await api.get<Page_<{ id: string }>>('/roadmaps?pageSize=1&sort=schoolYear');
    const activities = await api.get<
      Page_<{ id: string; participants: { kinds: string[] }; deliverableCount: number; missingDeliverableCount: number }>
    >(`/roadmap-activities?roadmapId=${roadmaps.items[0].id}&pageSize=200`);
    const regionOnly = activities.items.find(
      (activity) => !activity.participants.kinds.includes('schools') && activity.deliverableCount > 0,
    );
    expect(regionOnly).toBeDefined();
    const page = await as(`/roadmap?roadmap=${roadmaps.items[0].id}`);
    const row = page.locator(`[data-testid="activity-row"][data-activity-id="${regionOnly!.id}"]`);
    await row.waitFor(WAIT);
    const attached = regionOnly!.deliverableCount - regionOnly!.missingDeliverableCount;
    expect(await row.innerText()).toContain(`Документы региона: ${attached} из ${regionOnly!.deliverableCount}`);
    // Nothing of the demo region is attached: before issue 11 a school read «N из N» here.
    expect(regionOnly!.missingDeliverableCount).toBe(regionOnly!.deliverableCount);
  });
});
