import type { Browser, Page } from 'playwright-core';
import { settledAccessibilityViolations } from '../support/accessibility';
import { PlatformApi } from '../support/api';
import { launchChromium, signIn, type SignedInPage } from '../support/browser';
import { StartedPlatform } from '../support/started-platform';

/**
 * The project defences in a real browser, on the platform as `npm start` runs it (issue 13): a school
 * registers a work; the regional centre runs the automatic assignment and sees each pick's reason and the
 * panel it could not fill; an expert scores and submits the sheet on a tablet; the centre follows the
 * sheets and reads the summary; once the stage is closed the school nominates its work to the final from
 * its ranking. The scenarios run in order, each on the previous one's data, in a season
 * of their own (made through the API: the demo's projects data is not relied on).
 */
const REGIONAL = 'coordinator@demo.orbita.local';
const SCHOOL_1 = 'lavrenteva.school1@demo.orbita.local';
const EXPERT = 'vershinin.tsu@demo.orbita.local';
const OTHER_EXPERT = 'kargapolova.tsu@demo.orbita.local';
const WAIT = { timeout: 30_000 };
/** A tablet held upright: the expert's sheet is filled at the defence. */
const UPRIGHT_TABLET = { width: 768, height: 1024 };
const WORK_TITLE = 'Маятник Фуко в школьном спортзале';

interface Page_<T> {
  items: T[];
}
interface Person {
  id: string;
  email: string | null;
  roles: string[];
}
interface Season {
  id: string;
  schoolYear: number;
  stages: { id: string; kind: 'school' | 'final' }[];
}
interface Work {
  id: string;
  title: string;
  authorIds: string[];
  supervisorId: string;
  subjectArea: string;
}
interface Sheet {
  expertPersonId: string;
  status: string;
  scores: { criterionKey: string; points: number | null }[];
  comment: string;
}

describe('the project defences’ screens in a real browser', () => {
  let platform: StartedPlatform;
  let browser: Browser;
  let regional: PlatformApi;
  let school: PlatformApi;
  let season: Season;
  let stageId: string;
  let expertId: string;
  let workId: string;
  const opened: SignedInPage[] = [];

  const as = async (
    email: string,
    path: string,
    viewport?: { width: number; height: number },
  ): Promise<Page> => {
    const session = await signIn(browser, platform.baseUrl, {
      email,
      password: platform.demoPassword,
      path,
      viewport,
    });
    opened.push(session);
    return session.page;
  };
  const choose = async (page: Page, field: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option }).first().click();
  };

  beforeAll(async () => {
    // Room for a slow build: the browser suites may start their platforms side by side.
    platform = await StartedPlatform.start({ timeoutMs: 15 * 60_000 });
    browser = await launchChromium();
    regional = await PlatformApi.signIn(platform.baseUrl, REGIONAL, platform.demoPassword);
    school = await PlatformApi.signIn(platform.baseUrl, SCHOOL_1, platform.demoPassword);

    // A school year no demo season takes: the season, its physics section of the two demo experts, the rubric.
    const years = new Set(
      (await regional.get<Season[]>('/project-seasons')).map((existing) => existing.schoolYear),
    );
    let schoolYear = 2040;
    while (years.has(schoolYear)) schoolYear += 1;
    season = await regional.post<Season>('/project-seasons', { schoolYear });
    stageId = season.stages.find((stage) => stage.kind === 'school')?.id as string;
    const experts = (await regional.get<Page_<Person>>('/people?role=expert&pageSize=200')).items;
    const expertOf = (email: string) => experts.find((person) => person.email === email)?.id as string;
    expertId = expertOf(EXPERT);
    await regional.post(`/project-seasons/${season.id}/sections`, {
      subjectArea: 'physics',
      title: 'Физика и астрономия',
      expertIds: [expertId, expertOf(OTHER_EXPERT)],
    });
    await regional.post(`/project-stages/${stageId}/rubric-versions`, {
      criteria: [
        {
          key: 'goal',
          title: 'Постановка цели',
          maxPoints: 3,
          weight: 1,
          allowNotApplicable: false,
          levels: [
            { points: 0, descriptor: 'Цель не сформулирована' },
            { points: 2, descriptor: 'Цель поставлена, но достигнута частично' },
            { points: 3, descriptor: 'Цель поставлена и достигнута' },
          ],
        },
        {
          key: 'model',
          title: 'Изготовление модели',
          maxPoints: 2,
          weight: 1,
          allowNotApplicable: true,
          levels: [{ points: 2, descriptor: 'Модель изготовлена и работает' }],
        },
      ],
    });
  }, 17 * 60_000);

  afterEach(async () => {
    for (const session of opened.splice(0)) await session.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, 60_000);

  it('registers a school’s work: its section, an author of its students, a supervisor of its teachers', async () => {
    const student = (
      await school.get<Page_<{ id: string; surname: string; name: string }>>(
        '/students?pageSize=1&sort=surname',
      )
    ).items[0];
    const page = await as(SCHOOL_1, '/');
    await page.getByRole('link', { name: 'Проекты школы' }).click();
    await page.getByRole('heading', { name: 'Проекты школы' }).waitFor(WAIT);
    await page.getByTestId('register-work').waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('register-work').click();
    // Nothing filled: every required field says so, nothing is sent.
    await page.getByTestId('register-form-submit').click();
    expect(await page.getByText('Обязательное поле').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('register-title').fill(WORK_TITLE);
    await choose(page, 'Секция (предметная область)', 'Физика и астрономия');
    await page.getByRole('combobox', { name: 'Авторы' }).fill(student.surname);
    await page
      .getByRole('option', { name: new RegExp(`${student.surname} ${student.name}`) })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Руководитель' }).click();
    await page.getByRole('option').first().click();
    await page.getByTestId('register-abstract').fill('Повторяем опыт Фуко с маятником длиной 8 м.');
    expect(await settledAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('register-form-submit').click();
    await page.getByTestId('register-form').waitFor({ state: 'detached', ...WAIT });
    await page.getByTestId('project-work-row').filter({ hasText: WORK_TITLE }).waitFor(WAIT);

    const works = (await school.get<Page_<Work>>(`/project-works?seasonId=${season.id}`)).items;
    expect(works).toEqual([
      expect.objectContaining({ title: WORK_TITLE, subjectArea: 'physics', authorIds: [student.id] }),
    ]);
    workId = works[0].id;
  });

  it('runs the automatic assignment: each pick with its reason, the panel it cannot fill', async () => {
    const page = await as(REGIONAL, '/');
    await page.getByRole('link', { name: 'Защиты проектов' }).click();
    const seasonCard = page.getByTestId('season').filter({ hasText: `${season.schoolYear}/` });
    await seasonCard.waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
    await seasonCard.getByTestId('stage-link-school').click();
    await page.getByTestId('section-row').filter({ hasText: 'Вершинин' }).waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('stage-tab-assignment').click();
    await page.getByTestId('board-row').filter({ hasText: WORK_TITLE }).waitFor(WAIT);
    // Three experts a work, two in the section: both picked, one missing.
    await page.getByTestId('run-assignment').click();
    await page.getByTestId('assignment-plan').waitFor(WAIT);
    const picks = await page.getByTestId('assignment-pick').allInnerTexts();
    expect(picks).toHaveLength(2);
    for (const pick of picks) expect(pick).toMatch(/наименее загруженный.*без конфликта — 2/s);
    expect(await page.getByTestId('assignment-shortfall').innerText()).toContain('не хватает 1 эксперта');
    const row = page.getByTestId('board-row').filter({ hasText: WORK_TITLE });
    await row.getByText('Вершинин Олег Станиславович').waitFor(WAIT);
    await row.getByText('Каргаполова Елизавета Юрьевна').waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
  });

  it('lets the expert score and submit the sheet on an upright tablet, read-only afterwards', async () => {
    const page = await as(EXPERT, '/', UPRIGHT_TABLET);
    await page.getByRole('button', { name: 'Меню' }).click();
    await page.getByRole('link', { name: 'Экспертиза проектов' }).click();
    const card = page.getByTestId('expert-work').filter({ hasText: WORK_TITLE });
    await card.waitFor(WAIT);
    expect(await card.getByTestId('sheet-status').innerText()).toBe('Не начат');
    expect(await settledAccessibilityViolations(page)).toEqual([]);
    await card.getByRole('link', { name: `Заполнить лист: «${WORK_TITLE}»` }).click();
    await page.getByTestId('sheet-form').waitFor(WAIT);

    // Usable by touch: no sideways scrolling, levels as large targets with their descriptors.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBe(UPRIGHT_TABLET.width);
    const level = page.getByTestId('level-goal-2');
    expect(await level.innerText()).toContain('Цель поставлена, но достигнута частично');
    expect((await level.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    // Above the criterion's maximum: said at the criterion, nothing saved.
    await page.getByTestId('points-goal').fill('5');
    await page.getByTestId('sheet-save').click();
    await page.getByTestId('criterion-goal').getByText('Баллы — от 0 до 3').waitFor(WAIT);
    expect(await regional.get<Sheet[]>(`/project-works/${workId}/stages/${stageId}/sheets`)).toEqual([]);

    await level.click();
    expect(await page.getByTestId('points-goal').inputValue()).toBe('2');
    await page.getByTestId('na-model').check();
    await page.getByTestId('sheet-comment').fill('Хорошая постановка опыта');
    await page.getByTestId('sheet-save').click();
    await page.getByTestId('sheet-saved').waitFor(WAIT);
    expect(await page.getByTestId('sheet-saved').innerText()).toBe('Черновик сохранён');

    await page.getByTestId('sheet-submit').click();
    await page.getByRole('dialog', { name: 'Отправить экспертный лист?' }).waitFor(WAIT);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('sheet-confirm-submit').click();
    await page.getByTestId('sheet-submitted').waitFor(WAIT);
    expect(await page.getByTestId('sheet-submit').count()).toBe(0);
    expect(await page.getByTestId('points-goal').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBe(UPRIGHT_TABLET.width);

    const sheets = await regional.get<Sheet[]>(`/project-works/${workId}/stages/${stageId}/sheets`);
    expect(sheets).toEqual([
      expect.objectContaining({
        expertPersonId: expertId,
        status: 'submitted',
        comment: 'Хорошая постановка опыта',
        scores: expect.arrayContaining([
          { criterionKey: 'goal', points: 2 },
          { criterionKey: 'model', points: null },
        ]),
      }),
    ]);
  });

  it('shows the coordinator the sheets in (1 of 2), the frozen rubric and the summary with the work ranked', async () => {
    const page = await as(REGIONAL, `/project-defences/stages/${stageId}?tab=progress`);
    const progress = page.getByTestId('work-progress').filter({ hasText: WORK_TITLE });
    await progress.waitFor(WAIT);
    // The count shows once the work's sheets have loaded.
    await progress.getByTestId('work-progress-count').waitFor(WAIT);
    expect(await progress.getByTestId('work-progress-count').innerText()).toBe('1 из 2 листов');
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('stage-tab-rubric').click();
    await page.getByTestId('rubric-frozen').waitFor(WAIT);
    expect(await page.getByTestId('rubric-save').count()).toBe(0);

    await page.getByTestId('stage-tab-summary').click();
    const row = page.getByTestId('summary-row').filter({ hasText: WORK_TITLE });
    await row.waitFor(WAIT);
    // One sheet: 2 of 3 points, the other criterion not applicable: 66.7 %, first in its section.
    expect(await row.innerText()).toMatch(/Вершинин Олег Станиславович: 66,7[\s\S]*66,7\s+1/);
    await page.getByTestId('severity-table').waitFor(WAIT);
    expect(await page.getByTestId('summary-protocol-xlsx').getAttribute('href')).toBe(
      `/api/v1/project-stages/${stageId}/summary-protocol.xlsx`,
    );
    expect(await settledAccessibilityViolations(page)).toEqual([]);
  });

  it('lets the school nominate its work to the final from its ranking once the stage is closed', async () => {
    // The other expert's sheet, then the stage closed: the school's ranking is final.
    const other = await PlatformApi.signIn(platform.baseUrl, OTHER_EXPERT, platform.demoPassword);
    const atStage = `/project-works/${workId}/stages/${stageId}`;
    await other.put(`${atStage}/sheet`, {
      scores: [
        { criterionKey: 'goal', points: 3 },
        { criterionKey: 'model', points: 2 },
      ],
    });
    await other.post(`${atStage}/sheet/submit`);
    await regional.post(`/project-stages/${stageId}/close`);

    const page = await as(SCHOOL_1, '/project-works');
    const candidate = page.getByTestId('nomination-candidate').filter({ hasText: WORK_TITLE });
    await candidate.waitFor(WAIT);
    // The best within the stage's quota is ticked at first.
    expect(
      await candidate.getByRole('checkbox', { name: `Выдвинуть работу «${WORK_TITLE}»` }).isChecked(),
    ).toBe(true);
    expect(await page.getByTestId('nomination-counter').innerText()).toBe('Выбрано 1 из квоты 3');
    expect(await page.getByTestId('nomination-current').innerText()).toBe('Работы школы ещё не выдвинуты.');
    expect(await settledAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('nomination-submit').click();
    await page.getByText('Выдвижение сохранено').waitFor(WAIT);
    await page.getByTestId('nomination-current').getByText(`Сейчас выдвинуты: ${WORK_TITLE}`).waitFor(WAIT);
    const candidates = await school.get<{ works: { workId: string; nominated: boolean }[] }>(
      `/project-stages/${stageId}/nomination-candidates`,
    );
    expect(candidates.works).toEqual([expect.objectContaining({ workId, nominated: true })]);
    expect(await settledAccessibilityViolations(page)).toEqual([]);
  });
});
