import { samplePdf } from '@orbita/document-files/testing';
import type { Browser, Page } from 'playwright-core';
import { settledAccessibilityViolations } from '../support/accessibility';
import { PlatformApi } from '../support/api';
import { launchChromium, signIn, type SignedInPage } from '../support/browser';
import { StartedPlatform } from '../support/started-platform';

/**
 * The studios («Уроки настоящего») in a real browser, on the platform as `npm start` runs it (issue 13):
 * a school applies and the regional centre returns, then approves the application; the school reports a
 * credit fact the centre accepts; the ranking explains each studio's place, the criteria preview shows who
 * would move, and the ranking is published. The scenarios run in order, each on the previous one's data.
 */
const REGIONAL = 'coordinator@demo.orbita.local';
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const WAIT = { timeout: 30_000 };
/** Each scenario drives two signed-in browsers through several screens; generous for CI under load. */
const SCENARIO_TIMEOUT = 4 * 60_000;

interface Page_<T> {
  items: T[];
  total: number;
}
interface Person {
  id: string;
  roles: string[];
  active: boolean;
}
interface Application {
  id: string;
  status: string;
  comment: string | null;
  studioId: string | null;
  theme: string;
}
interface Fact {
  id: string;
  status: string;
}

/** A calendar day `days` from today, YYYY-MM-DD (the window is wide enough for Tomsk's day to be inside). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('the studios’ screens in a real browser', () => {
  let platform: StartedPlatform;
  let browser: Browser;
  let regional: PlatformApi;
  let school: PlatformApi;
  let cycleId: string;
  /** The rival studio, another school's, which the centre opens and credits through the API. */
  let rivalStudioId: string;
  let schoolStudioId: string;
  const opened: SignedInPage[] = [];

  const as = async (email: string, path: string): Promise<Page> => {
    const session = await signIn(browser, platform.baseUrl, { email, password: platform.demoPassword, path });
    opened.push(session);
    // A stuck click or wait then fails naming its locator, instead of running into the scenario's timeout.
    session.page.setDefaultTimeout(WAIT.timeout);
    return session.page;
  };
  /** Picks an option (the first, unless named) of a select or autocomplete, and waits for its list to close. */
  const choose = async (page: Page, field: string, option?: string) => {
    await page.getByRole('combobox', { name: field }).click();
    const options = page.getByRole('listbox').getByRole('option');
    await (option ? options.filter({ hasText: option }) : options).first().click();
    await page.getByRole('listbox').waitFor({ state: 'detached', ...WAIT });
  };
  const applicationOf = async (schoolApi: PlatformApi) =>
    (await schoolApi.get<Application[]>(`/studio-cycles/${cycleId}/applications`))[0];

  beforeAll(async () => {
    // The first start builds every app; on a busy machine that takes longer than the usual 8 minutes.
    platform = await StartedPlatform.start({ timeoutMs: 20 * 60_000 });
    regional = await PlatformApi.signIn(platform.baseUrl, REGIONAL, platform.demoPassword);
    school = await PlatformApi.signIn(platform.baseUrl, SCHOOL_1, platform.demoPassword);
    const schoolId = (await school.get<{ schoolId: string }>('/auth/me')).schoolId;

    // A year the demo data leaves free (one cycle a year), its window open today.
    const years = new Set((await regional.get<{ schoolYear: number }[]>('/studio-cycles')).map((cycle) => cycle.schoolYear));
    let schoolYear = 2040;
    while (years.has(schoolYear)) schoolYear += 1;
    cycleId = (
      await regional.post<{ id: string }>('/studio-cycles', {
        schoolYear,
        applicationsOpenOn: dayFromToday(-2),
        applicationsCloseOn: dayFromToday(30),
        leaderCount: 1,
        criteria: {
          indicators: [
            { id: 'events', name: 'Мероприятия студии', unit: 'мероприятий', rule: { kind: 'perFact', points: 5 } },
            {
              id: 'participants',
              name: 'Участники мероприятий',
              unit: 'человек',
              rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: 20 },
            },
          ],
        },
      })
    ).id;

    // The rival: another school with a teacher and students, applied for by the centre and approved.
    const schools = await regional.get<Page_<{ id: string }>>('/schools?pageSize=100');
    for (const other of schools.items.filter((candidate) => candidate.id !== schoolId)) {
      const people = await regional.get<Page_<Person>>(`/people?organisationId=${other.id}&pageSize=100`);
      const mentor = people.items.find((person) => person.active && person.roles.includes('teacher'));
      const students = await regional.get<Page_<{ id: string }>>(`/students?schoolId=${other.id}&pageSize=2`);
      if (!mentor || students.items.length === 0) continue;
      const application = await regional.post<Application>(`/studio-cycles/${cycleId}/applications`, {
        schoolId: other.id,
        direction: 'Инженерное',
        theme: 'Умная теплица',
        mentorPersonId: mentor.id,
        teamStudentIds: students.items.map((student) => student.id),
      });
      rivalStudioId = (
        await regional.post<Application>(`/studio-applications/${application.id}/decision`, { decision: 'approve' })
      ).studioId as string;
      break;
    }
    expect(rivalStudioId).toBeDefined();
    // Three events: 15 points, ahead of what school 1 will earn.
    for (const day of ['3', '10', '17']) {
      const fact = await regional.post<Fact>('/credit-facts', {
        studioId: rivalStudioId,
        indicatorId: 'events',
        description: `Открытое занятие ${day} октября`,
      });
      await regional.post(`/credit-facts/${fact.id}/verification`, { verdict: 'accept' });
    }
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

  it('a school applies; the centre returns it asking for a change, the school resubmits, the centre approves', async () => {
    const schoolPage = await as(SCHOOL_1, '/');
    await schoolPage.getByRole('navigation').getByRole('link', { name: 'Студии' }).click();
    const cycleLink = schoolPage.locator(`[data-testid="cycle-row"][data-cycle-id="${cycleId}"] a`);
    await cycleLink.waitFor(WAIT);
    expect(await settledAccessibilityViolations(schoolPage)).toEqual([]);
    await cycleLink.click();
    await schoolPage.getByTestId('school-applications').waitFor(WAIT);
    await schoolPage.getByTestId('empty-state').waitFor(WAIT);

    await schoolPage.getByTestId('application-create').click();
    await schoolPage.getByTestId('application-form-submit').click();
    // Nothing chosen: each required field says so, and nothing is sent.
    expect(await schoolPage.getByText('Обязательное поле').count()).toBeGreaterThanOrEqual(3);
    expect(await schoolPage.getByText('Выберите хотя бы одного ученика').count()).toBe(1);
    await schoolPage.getByTestId('application-direction').fill('Естественно-научное');
    await schoolPage.getByTestId('application-theme').fill('Экология малых рек');
    await choose(schoolPage, 'Педагог-наставник');
    await choose(schoolPage, 'Команда');
    expect(await settledAccessibilityViolations(schoolPage)).toEqual([]);
    await schoolPage.getByTestId('application-form-submit').click();
    await schoolPage.getByTestId('application-form').waitFor({ state: 'detached', ...WAIT });
    const card = schoolPage.getByTestId('school-application');
    await card.waitFor(WAIT);
    expect(await card.getByTestId('application-status').getAttribute('data-status')).toBe('submitted');
    const submitted = await applicationOf(school);
    expect(submitted).toMatchObject({ status: 'submitted', theme: 'Экология малых рек' });

    const centre = await as(REGIONAL, `/studios/cycles/${cycleId}`);
    const row = centre.locator(`[data-testid="application-row"][data-application-id="${submitted.id}"]`);
    await row.waitFor(WAIT);
    expect(await row.innerText()).toContain('Экология малых рек');
    expect(await settledAccessibilityViolations(centre)).toEqual([]);
    await row.getByTestId('application-return').click();
    await centre.getByTestId('decide-form-submit').click();
    await centre.getByText('Обязательное поле').waitFor(WAIT);
    await centre.getByTestId('decide-comment').fill('Добавьте в команду второго ученика');
    expect(await settledAccessibilityViolations(centre)).toEqual([]);
    await centre.getByTestId('decide-form-submit').click();
    await row.waitFor({ state: 'detached', ...WAIT });
    expect(await applicationOf(school)).toMatchObject({ status: 'returned', comment: 'Добавьте в команду второго ученика' });

    await schoolPage.reload();
    await schoolPage.getByTestId('application-comment').waitFor(WAIT);
    expect(await schoolPage.getByTestId('application-comment').innerText()).toContain('Добавьте в команду второго ученика');
    await schoolPage.getByTestId('application-resubmit').click();
    await choose(schoolPage, 'Команда');
    await schoolPage.getByTestId('application-form-submit').click();
    await schoolPage.getByTestId('application-form').waitFor({ state: 'detached', ...WAIT });
    const resubmitted = await applicationOf(school);
    expect(resubmitted.status).toBe('submitted');

    await centre.reload();
    await row.waitFor(WAIT);
    await row.getByTestId('application-approve').click();
    await centre.getByTestId('decide-form-submit').click();
    await row.waitFor({ state: 'detached', ...WAIT });
    const approved = await applicationOf(school);
    expect(approved.status).toBe('approved');
    schoolStudioId = approved.studioId as string;
    expect(schoolStudioId).toBeTruthy();
  }, SCENARIO_TIMEOUT);

  it('the school reports credit facts with evidence, the centre downloads it and accepts them; a fact without a description is stopped at the field', async () => {
    const schoolPage = await as(SCHOOL_1, `/studios/cycles/${cycleId}?tab=facts`);
    const facts = schoolPage.locator(`[data-testid="studio-facts"][data-studio-id="${schoolStudioId}"]`);
    await facts.waitFor(WAIT);
    await facts.getByTestId('fact-create').click();
    await schoolPage.getByTestId('fact-form-submit').click();
    await schoolPage.getByText('Обязательное поле').waitFor(WAIT);
    await schoolPage.getByTestId('fact-description').fill('Экологический десант 12 октября');
    expect(await settledAccessibilityViolations(schoolPage)).toEqual([]);
    await schoolPage.getByTestId('fact-form-submit').click();
    await schoolPage.getByTestId('fact-form').waitFor({ state: 'detached', ...WAIT });
    // A second fact: 12 pupils reached (6 points), through the same form.
    await facts.getByTestId('fact-create').click();
    await choose(schoolPage, 'Показатель', 'Участники мероприятий');
    await schoolPage.getByTestId('fact-count').fill('12');
    await schoolPage.getByTestId('fact-description').fill('Участники десанта: 12 человек');
    await schoolPage.getByTestId('fact-form-submit').click();
    await schoolPage.getByTestId('fact-form').waitFor({ state: 'detached', ...WAIT });
    await facts.getByTestId('fact-row').nth(1).waitFor(WAIT);
    const statuses = await facts.getByTestId('fact-status').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-status')));
    expect(statuses).toEqual(['pending', 'pending']);
    // The first fact's evidence: a PDF, named in Russian.
    await facts.getByTestId('fact-attach').first().click();
    await schoolPage.getByTestId('evidence-file-input').setInputFiles({
      name: 'Десант 12 октября.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(),
    });
    expect(await settledAccessibilityViolations(schoolPage)).toEqual([]);
    await schoolPage.getByTestId('evidence-form-submit').click();
    await schoolPage.getByTestId('evidence-form').waitFor({ state: 'detached', ...WAIT });
    await facts.getByTestId('fact-evidence').waitFor(WAIT);
    expect(await facts.getByTestId('fact-evidence').innerText()).toBe('Десант 12 октября.pdf');
    expect(await settledAccessibilityViolations(schoolPage)).toEqual([]);

    const pending = await school.get<Fact[]>(`/credit-facts?cycleId=${cycleId}&status=pending`);
    expect(pending).toHaveLength(2);
    const centre = await as(REGIONAL, `/studios/cycles/${cycleId}?tab=facts`);
    for (const fact of pending) {
      const row = centre.locator(`[data-testid="fact-row"][data-fact-id="${fact.id}"]`);
      await row.waitFor(WAIT);
      if (fact === pending[0]) {
        // The centre verifies with the evidence at hand: the file the school attached, under its name.
        const evidence = row.getByTestId('fact-evidence');
        await evidence.waitFor(WAIT);
        const [download] = await Promise.all([centre.waitForEvent('download'), evidence.click()]);
        expect(download.suggestedFilename()).toBe('Десант 12 октября.pdf');
        expect(await settledAccessibilityViolations(centre)).toEqual([]);
      }
      await row.getByTestId('fact-accept').click();
      await row.waitFor({ state: 'detached', ...WAIT });
    }
    expect(
      (await school.get<Fact[]>(`/credit-facts?cycleId=${cycleId}`)).map((fact) => fact.status),
    ).toEqual(['accepted', 'accepted']);
  }, SCENARIO_TIMEOUT);

  it('the ranking explains each studio’s place; the preview shows who moves under edited criteria; publishing names the leader', async () => {
    const centre = await as(REGIONAL, `/studios/cycles/${cycleId}?tab=ranking`);
    const schoolRow = centre.locator(`[data-testid="ranking-row"][data-studio-id="${schoolStudioId}"]`);
    await schoolRow.waitFor(WAIT);
    // 15 points for the rival's three events; 5 + 12 × 0.5 = 11 for the school's.
    const rows = await centre.getByTestId('ranking-row').evaluateAll((found) => found.map((row) => row.getAttribute('data-studio-id')));
    expect(rows).toEqual([rivalStudioId, schoolStudioId]);
    expect((await schoolRow.getByTestId('ranking-total').innerText()).trim()).toBe('11');
    await schoolRow.getByTestId('ranking-explain').click();
    const explanation = centre.locator(`[data-testid="standing-explanation"][data-studio-id="${schoolStudioId}"]`);
    await explanation.waitFor(WAIT);
    expect(await explanation.getByTestId('standing-gap').innerText()).toBe('До 1-го места не хватает 4 б.');
    expect(await settledAccessibilityViolations(centre)).toEqual([]);

    await centre.getByTestId('studio-tab-criteria').click();
    await centre.getByTestId('criteria-editor').waitFor(WAIT);
    await centre.getByTestId('criteria-points').first().fill('1');
    await centre.getByTestId('criteria-preview').click();
    const moved = centre.locator(`[data-testid="preview-row"][data-studio-id="${schoolStudioId}"]`);
    await moved.waitFor(WAIT);
    // Events at 1 point: the school's 7 against the rival's 3.
    expect(await moved.getAttribute('data-place-change')).toBe('1');
    expect(await centre.getByTestId('preview-summary').innerText()).toBe('Место меняется у 2 студий');
    expect(await settledAccessibilityViolations(centre)).toEqual([]);

    // The preview saved nothing: publishing ranks by the criteria as they were.
    await centre.getByTestId('studio-tab-ranking').click();
    await centre.getByTestId('ranking-publish').click();
    await centre.getByTestId('publish-form-submit').click();
    await centre.getByTestId('ranking-published').waitFor(WAIT);
    const leaders = await centre.getByTestId('ranking-row').evaluateAll((found) =>
      found.map((row) => [row.getAttribute('data-studio-id'), row.getAttribute('data-leader')]),
    );
    expect(leaders).toEqual([
      [rivalStudioId, 'true'],
      [schoolStudioId, 'false'],
    ]);
    expect(await settledAccessibilityViolations(centre)).toEqual([]);
  }, SCENARIO_TIMEOUT);

  it('shows the school its studio’s standing explained: the points by indicator and what would close the gap', async () => {
    const page = await as(SCHOOL_1, `/studios/cycles/${cycleId}?tab=standing`);
    const explanation = page.locator(`[data-testid="standing-explanation"][data-studio-id="${schoolStudioId}"]`);
    await explanation.waitFor(WAIT);
    expect(await explanation.getByTestId('standing-rank').innerText()).toBe('Место 2 из 2');
    expect(await explanation.getByTestId('standing-total').innerText()).toBe('Баллов: 11');
    const contributions = await explanation
      .getByTestId('contribution-row')
      .evaluateAll((found) => found.map((row) => row.getAttribute('data-indicator-id')));
    expect(contributions).toEqual(['participants', 'events']);
    const ways = await explanation.getByTestId('gap-option').allInnerTexts();
    expect(ways.join('\n')).toContain('«Мероприятия студии» — +5 б.');
    // The school never sees the other studio.
    expect(await page.getByText('Умная теплица').count()).toBe(0);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
  }, SCENARIO_TIMEOUT);
});
