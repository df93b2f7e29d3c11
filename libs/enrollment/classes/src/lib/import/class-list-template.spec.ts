import { CLASS_LIST_MAX_ROWS, ClassListProblemCode } from '@orbita/enrollment/rpc';
import { readTabularFile } from '@orbita/tabular-files';
import ExcelJS from 'exceljs';
import { checkClassList } from './class-list-file';
import { CLASS_LIST_SHEET, INSTRUCTIONS_SHEET, writeClassListTemplate } from './class-list-template';

const TODAY = new Date('2024-08-20T00:00:00Z');

async function template(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeClassListTemplate(TODAY)) as unknown as ArrayBuffer);
  return workbook;
}

describe('class list template', () => {
  it('has the columns the reader knows under a frozen bold header, the required ones marked', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [CLASS_LIST_SHEET, 'visible'],
      [INSTRUCTIONS_SHEET, 'visible'],
    ]);
    const sheet = workbook.getWorksheet(CLASS_LIST_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Фамилия',
      'Имя',
      'Отчество',
      'Дата рождения',
      'Пол',
      'Контакт родителя',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    const notes = ['A1', 'B1', 'C1', 'D1'].map((address) => String(sheet.getCell(address).note));
    expect(notes.map((note) => note.split('.')[0])).toEqual([
      'Обязательный столбец',
      'Обязательный столбец',
      'Необязательный столбец',
      'Обязательный столбец',
    ]);
    expect(sheet.getColumn('D').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getColumn('A').width).toBeGreaterThan(10);
  });

  it('checks the birth date and the gender as they are typed', async () => {
    const sheet = (await template()).getWorksheet(CLASS_LIST_SHEET)!;
    const last = 1 + CLASS_LIST_MAX_ROWS;
    expect(sheet.getCell(`D${last}`).dataValidation).toMatchObject({
      type: 'date',
      operator: 'between',
      formulae: [new Date('2004-01-01T00:00:00Z'), new Date('2019-12-31T00:00:00Z')],
    });
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"м,ж"'] });
    expect(sheet.getCell(`E${last + 1}`).dataValidation).toBeUndefined();
  });

  it('reads back, filled in, as the students typed into it', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet(CLASS_LIST_SHEET)!;
    sheet.getRow(2).values = ['Берёзкина', 'Ульяна', 'Романовна', new Date(Date.UTC(2009, 2, 14)), 'ж'];
    sheet.getRow(3).values = ['Лаптев', 'Глеб', null, '02.11.2009', 'м', '+7 913 000-00-00'];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const { rows, problems } = checkClassList(await readTabularFile(filled), TODAY);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        student: {
          surname: 'Берёзкина',
          name: 'Ульяна',
          patronymic: 'Романовна',
          birthDate: '2009-03-14',
          gender: 'female',
          parentContact: null,
        },
      },
      {
        row: 3,
        student: {
          surname: 'Лаптев',
          name: 'Глеб',
          patronymic: null,
          birthDate: '2009-11-02',
          gender: 'male',
          parentContact: '+7 913 000-00-00',
        },
      },
    ]);
  });

  it('reads back, left empty, as a file without students', async () => {
    const { problems } = checkClassList(await readTabularFile(await writeClassListTemplate(TODAY)), TODAY);
    expect(problems.map((problem) => problem.code)).toEqual([ClassListProblemCode.FILE_EMPTY]);
  });
});
