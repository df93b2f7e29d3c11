import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { seedEnrollmentDemoData } from '../../tools/seeds/enrollment-demo';
import ExcelJS from 'exceljs';
import { TestPlatform } from './support/platform';

/**
 * Issue 5's acceptance figure: the demo data, loaded as `npm start` loads it, flows from enrollment and
 * the registry through events into reporting, and the region's programme table is seed 000's table.
 */
describe('the programme table from the demo data', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig, seed: seedEnrollmentDemoData },
    ]);
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('equals seed 000: 8 schools, 11 class groups, 177 students, 36 teachers, 31 trained', async () => {
    const observer = await platform.gateway.tokenFor('observer');
    const url = '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024';
    let table: ProgrammeTableView | undefined;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const response = await platform.request('GET', url, observer);
      table = response.statusCode === 200 ? response.json<ProgrammeTableView>() : undefined;
      // The enrollment seed records the trainings last (their attendees are its teachers).
      if (table?.totals.students === 177 && table.totals.teachersTrained === 31) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // «Обучение прошёл 31 педагогический работник»: the demo's course, from the registry's trainings.
    expect(table?.totals).toMatchObject({ schools: 8, classes: 11, students: 177, teachers: 36, teachersTrained: 31 });
    const rows = table!.schools.flatMap((school) => school.classes.map((group) => [school.schoolName, group.profile, group.students]));
    expect(rows).toEqual([
      ['МАОУ лицей № 1 имени А.С. Пушкина г. Томска', '10: математика, физика, информатика', 26],
      ['МАОУ лицей № 1 имени А.С. Пушкина г. Томска', '10: химия, биология', 24],
      ['МАОУ Академический лицей г. Томска им. Г.А. Псахье', '10: математика, физика', 9],
      ['МАОУ СОШ № 4 им. И.С. Черных г. Томска', '10: химия, биология', 16],
      ['МАОУ СОШ № 16 г. Томска', '7: математика, физика, информатика', 16],
      ['МАОУ Школа «Открытие» г. Томска', '7: химия, биология', 10],
      ['МАОУ Школа «Открытие» г. Томска', '7: математика, физика, информатика', 11],
      ['МАОУ Школа «Эврика-развитие» г. Томска', '7: химия, биология, математика', 20],
      ['МАОУ Школа «Эврика-развитие» г. Томска', '10: математика, информатика', 8],
      ['МОУ СОШ № 4 г.о. Стрежевой', '7: математика, физика, информатика', 26],
      ['МАОУ гимназия № 2 города Асино Томской области', '7: математика, физика, информатика', 11],
    ]);

    // The workbook: seed 000's columns, the schools' municipalities from the registry, totals under their columns.
    const download = await platform.request('GET', url.replace('programme-table?', 'programme-table.xlsx?'), observer);
    expect(download.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const [headers, ...sheetRows] = workbook.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    const municipality = headers.indexOf('Муниципальное образование');
    expect(sheetRows).toHaveLength(12);
    expect(sheetRows[0][municipality]).toEqual(expect.stringMatching(/Томск/));
    const totals = sheetRows[11];
    expect(totals[headers.indexOf('Количество обучающихся')]).toBe(177);
    expect(totals[headers.indexOf('Педагогических работников')]).toBe(36);
  });
});
