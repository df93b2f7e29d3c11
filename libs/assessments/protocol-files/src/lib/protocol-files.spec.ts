import { ProtocolProblemCode, type ProtocolProblem } from '@orbita/assessments/rpc';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ProtocolBlueprint } from './blueprint';
import { readProtocolFile } from './read-protocol-file';
import { writeProtocolTemplate } from './template';
import { validateProtocolTable } from './validate';

const WORK = '6f0a8b0e-3c1d-4e2f-9a7b-1c2d3e4f5a6b';
const SCHOOL = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const OTHER = '11111111-2222-4333-8444-555555555555';

const blueprint = (codes: ProtocolBlueprint['codes'] = { open: false, issued: new Set(['A-1', 'A-2', 'A-3', 'A-4']) }): ProtocolBlueprint => ({
  workId: WORK,
  schoolId: SCHOOL,
  tasks: [
    { number: 1, label: '1', maxScore: 2 },
    { number: 2, label: '2', maxScore: 3 },
    { number: 3, label: '3а', maxScore: 1.5 },
  ],
  codes,
});

async function check(content: Buffer, against = blueprint()) {
  return validateProtocolTable(await readProtocolFile(content), against);
}

const problemKeys = (problems: ProtocolProblem[]) => problems.map(({ row, column, code }) => ({ row, column, code }));

describe('reading protocol files', () => {
  it('reads CSV in Windows-1251 with ";" and decimal commas (Excel on a Russian Windows)', async () => {
    const text = 'Код участника;Класс;Задание 1;Задание 2;Задание 3а;Итого\r\nA-1;7А;2;1,5;0;3,5\r\nA-2;7Б;0;3;1,5;4,5\r\n';
    const content = iconv.encode(text, 'win1251');
    const table = await readProtocolFile(content);
    expect(table).toMatchObject({ format: 'csv', encoding: 'windows-1251' });
    const outcome = await validateProtocolTable(table, blueprint());
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows).toEqual([
      { row: 2, participantCode: 'A-1', classLabel: '7А', scores: [2, 1.5, 0], total: 3.5 },
      { row: 3, participantCode: 'A-2', classLabel: '7Б', scores: [0, 3, 1.5], total: 4.5 },
    ]);
  });

  it('reads CSV in UTF-8 with a BOM and ",", English headers', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('participant code,class,task 1,task 2,task 3а,total\na-3,7В,1,2,"1.5",4.5\n')]);
    const table = await readProtocolFile(content);
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    const outcome = await validateProtocolTable(table, blueprint());
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows).toEqual([{ row: 2, participantCode: 'A-3', classLabel: '7В', scores: [1, 2, 1.5], total: 4.5 }]);
  });

  it.each([
    ['Код участника;Класс;Задание 1;Задание 2;Задание 3а;Итого'],
    ['code;class;task 1;task 2;task 3а;total'],
    ['Код;Класс;1;2;3а;Сумма'],
    ['Код участника;Класс;З1;З2;З3а;Итого'],
    ['participant code;Class;Задание 1 (макс. 2);Задание 2 (макс. 3);Задание 3а (макс. 1.5);Итого (макс. 6.5)'],
  ])('maps the header %s', async (header) => {
    const outcome = await check(Buffer.from(`${header}\nA-1;7А;1;1;1;3\n`));
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows[0]).toMatchObject({ participantCode: 'A-1', classLabel: '7А', scores: [1, 1, 1], total: 3 });
  });

  it('ignores columns it does not know (a row number, a name column is never read)', async () => {
    const outcome = await check(Buffer.from('№ п/п;ФИО;Код участника;Класс;1;2;3а\n1;Иванов Иван;A-1;7А;1;1;1\n'));
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows[0]).toEqual({ row: 2, participantCode: 'A-1', classLabel: '7А', scores: [1, 1, 1], total: 3 });
  });

  it('refuses a file without a class column, or a row without its class, rather than make a class without a name', async () => {
    const noClassColumn = await check(Buffer.from('Код участника;1;2;3а\nA-1;1;1;1\n'));
    expect(noClassColumn.rows).toEqual([]);
    expect(noClassColumn.problems).toEqual([
      { row: 1, column: 'Класс', value: null, code: ProtocolProblemCode.COLUMN_MISSING, message: 'Нет столбца «Класс»' },
    ]);
    const blankClass = await check(Buffer.from('Код участника;Класс;1;2;3а\nA-1;;1;1;1\n'));
    expect(blankClass.problems).toEqual([
      { row: 2, column: 'Класс', value: null, code: ProtocolProblemCode.CLASS_MISSING, message: 'Не указан класс' },
    ]);
  });

  it('reads the XLSX template filled in, with the total as a formula, and checks its meta sheet', async () => {
    const template = await writeProtocolTemplate({ workId: WORK, workVersion: 1, schoolId: SCHOOL, title: 'Математика 7', tasks: blueprint().tasks, codes: ['A-1', 'A-2', 'A-3'] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Протокол')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Код участника', 'Класс', 'Задание 1 (макс. 2)', 'Задание 2 (макс. 3)', 'Задание 3а (макс. 1.5)', 'Итого (макс. 6.5)']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    sheet.getRow(2).values = ['A-1', '7А', 2, 3, 1.5];
    sheet.getRow(3).values = ['A-2', '7А', 0, 1, 0];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const outcome = await check(filled);
    expect(outcome.problems).toEqual([]);
    // A-3 has no scores: a participant who did not sit the work.
    expect(outcome.skippedRows).toBeGreaterThanOrEqual(1);
    expect(outcome.rows).toEqual([
      { row: 2, participantCode: 'A-1', classLabel: '7А', scores: [2, 3, 1.5], total: 6.5 },
      { row: 3, participantCode: 'A-2', classLabel: '7А', scores: [0, 1, 0], total: 1 },
    ]);

    const elsewhere = await check(filled, { ...blueprint(), workId: OTHER, schoolId: OTHER });
    expect(problemKeys(elsewhere.problems)).toEqual([
      { row: null, column: null, code: ProtocolProblemCode.WORK_MISMATCH },
      { row: null, column: null, code: ProtocolProblemCode.SCHOOL_MISMATCH },
    ]);
  });
});

describe('row-level problems', () => {
  const header = 'Код участника;Класс;Задание 1;Задание 2;Задание 3а;Итого;Работа;Школа';
  const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\n'));

  it.each<[string, string, ProtocolProblemCode, string]>([
    ['no code', `;7А;1;1;1;3;;`, ProtocolProblemCode.CODE_MISSING, 'Код участника'],
    ['a code never issued', `Z-9;7А;1;1;1;3;;`, ProtocolProblemCode.CODE_UNKNOWN, 'Код участника'],
    ['a class too long', `A-1;${'7'.repeat(21)};1;1;1;3;;`, ProtocolProblemCode.CLASS_TOO_LONG, 'Класс'],
    ['a missing score', `A-1;7А;1;;1;2;;`, ProtocolProblemCode.SCORE_MISSING, 'Задание 2'],
    ['a score that is no number', `A-1;7А;1;два;1;;;`, ProtocolProblemCode.SCORE_NOT_A_NUMBER, 'Задание 2'],
    ['a score with 3 decimals', `A-1;7А;1;1,125;1;;;`, ProtocolProblemCode.SCORE_TOO_PRECISE, 'Задание 2'],
    ['a score above the maximum', `A-1;7А;3;1;1;5;;`, ProtocolProblemCode.SCORE_OUT_OF_RANGE, 'Задание 1'],
    ['a negative score', `A-1;7А;-1;1;1;1;;`, ProtocolProblemCode.SCORE_OUT_OF_RANGE, 'Задание 1'],
    ['a total that is no number', `A-1;7А;1;1;1;x;;`, ProtocolProblemCode.TOTAL_NOT_A_NUMBER, 'Итого'],
    ['a wrong total', `A-1;7А;1;1;1;4;;`, ProtocolProblemCode.TOTAL_MISMATCH, 'Итого'],
    ['a row of another work', `A-1;7А;1;1;1;3;${OTHER};`, ProtocolProblemCode.WORK_MISMATCH, 'Работа'],
    ['a row of another school', `A-1;7А;1;1;1;3;;${OTHER}`, ProtocolProblemCode.SCHOOL_MISMATCH, 'Школа'],
  ])('%s', async (_case, row, code, column) => {
    const outcome = await check(csv('A-2;7А;0;0;0;0;;', row));
    expect(outcome.rows).toHaveLength(1);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatchObject({ row: 3, column, code });
    expect(outcome.problems[0].message).toMatch(/[а-я]/);
  });

  it('reports a repeated code on its second row, naming the first', async () => {
    const outcome = await check(csv('A-1;7А;0;0;0;0;;', 'a-1;7Б;1;1;1;3;;'));
    expect(outcome.problems).toEqual([
      { row: 3, column: 'Код участника', value: 'a-1', code: ProtocolProblemCode.CODE_DUPLICATE, message: 'Код A-1 уже есть в строке 2' },
    ]);
  });

  it('accepts any well-formed code when the work has open codes', async () => {
    const open = blueprint({ open: true });
    expect((await check(csv('SCH3-017;7А;1;1;1;3;;'), open)).problems).toEqual([]);
    expect(problemKeys((await check(csv('код 17;7А;1;1;1;3;;'), open)).problems)).toEqual([
      { row: 2, column: 'Код участника', code: ProtocolProblemCode.CODE_UNKNOWN },
    ]);
  });

  it('checks the header before any row: missing, repeated and unknown task columns', async () => {
    const outcome = await check(Buffer.from('Код;Задание 1;З1;Задание 3а;Задание 9\nA-1;1;1;1;1\n'));
    expect(problemKeys(outcome.problems)).toEqual([
      { row: 1, column: 'З1', code: ProtocolProblemCode.COLUMN_DUPLICATE },
      { row: 1, column: 'Задание 9', code: ProtocolProblemCode.TASK_UNKNOWN },
      { row: 1, column: 'Класс', code: ProtocolProblemCode.COLUMN_MISSING },
      { row: 1, column: 'Задание 2', code: ProtocolProblemCode.COLUMN_MISSING },
    ]);
    const noCode = await check(Buffer.from('Класс;1;2;3а\n7А;1;1;1\n'));
    expect(problemKeys(noCode.problems)).toEqual([{ row: 1, column: 'Код участника', code: ProtocolProblemCode.COLUMN_MISSING }]);
  });

  it('calls an empty file, or one with a header only, empty; and a binary one unreadable', async () => {
    expect(problemKeys((await check(Buffer.from(''))).problems)).toEqual([{ row: null, column: null, code: ProtocolProblemCode.FILE_EMPTY }]);
    expect(problemKeys((await check(Buffer.from(`${header}\n;;;;\n`))).problems)).toEqual([{ row: null, column: null, code: ProtocolProblemCode.FILE_EMPTY }]);
    await expect(readProtocolFile(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]))).rejects.toThrow();
  });

  it('reports progress while checking large files', async () => {
    const rows = Array.from({ length: 2500 }, (_, index) => `C-${index};7А;1;1;1;3`);
    const seen: [number, number][] = [];
    await validateProtocolTable(await readProtocolFile(csv(...rows)), blueprint({ open: true }), (done, total) => void seen.push([done, total]));
    expect(seen).toEqual([[1000, 2500], [2000, 2500], [2500, 2500]]);
  });
});
