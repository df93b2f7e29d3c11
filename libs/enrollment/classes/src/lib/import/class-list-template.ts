import { CLASS_LIST_MAX_ROWS, pupilBirthYears } from '@orbita/enrollment/rpc';
import ExcelJS from 'exceljs';
import {
  CLASS_LIST_FIELDS,
  CLASS_LIST_HEADERS,
  CLASS_LIST_REQUIRED,
  GENDER_LETTERS,
  PARENT_CONTACT_MAX_LENGTH,
  type ClassListField,
} from './class-list-file';

/** The reader takes the first visible sheet: the list comes first, the instructions after it. */
export const CLASS_LIST_SHEET = 'Список класса';
export const INSTRUCTIONS_SHEET = 'Как заполнять';

const DATE_FORMAT = 'dd.mm.yyyy';
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** How each column looks and what goes in it (the header note and the instructions say the same). */
const COLUMN_LOOK: Readonly<Record<ClassListField, { width: number; hint: string }>> = {
  surname: { width: 22, hint: 'Буквы, дефис, пробел' },
  name: { width: 18, hint: 'Буквы, дефис, пробел' },
  patronymic: { width: 22, hint: 'Отчество, если оно есть' },
  birthDate: { width: 16, hint: 'Дата, например 14.03.2009' },
  gender: { width: 8, hint: `«${GENDER_LETTERS.male}» или «${GENDER_LETTERS.female}»` },
  parentContact: {
    width: 32,
    hint: `Телефон или почта, если школе нужно; до ${PARENT_CONTACT_MAX_LENGTH} знаков`,
  },
};

// Range validations exist in exceljs (one rule per range, not per cell) but not in its typings.
type RangeValidations = { add(range: string, rule: ExcelJS.DataValidation): void };

/**
 * The XLSX template of a class list: the columns the reader knows (class-list-file.ts) under a frozen bold
 * header, required ones shaded and every header with a note on what to write, the birth date as a date
 * within the years school students are born in, the gender from a list, and a sheet of instructions.
 */
export async function writeClassListTemplate(today = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Orbita';
  const sheet = workbook.addWorksheet(CLASS_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CLASS_LIST_FIELDS.map((field) => ({
    key: field,
    header: CLASS_LIST_HEADERS[field],
    width: COLUMN_LOOK[field].width,
    ...(field === 'birthDate' && { style: { numFmt: DATE_FORMAT } }),
    // Text, so that Excel keeps a phone number as typed.
    ...(field === 'parentContact' && { style: { numFmt: '@' } }),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  for (const field of CLASS_LIST_FIELDS) {
    const cell = header.getCell(field);
    const required = CLASS_LIST_REQUIRED.includes(field);
    cell.note = `${required ? 'Обязательный столбец' : 'Необязательный столбец'}. ${COLUMN_LOOK[field].hint}.`;
    if (required) cell.fill = REQUIRED_FILL;
  }

  const lastRow = 1 + CLASS_LIST_MAX_ROWS;
  const range = (field: ClassListField) => {
    const letter = sheet.getColumn(field).letter;
    return `${letter}2:${letter}${lastRow}`;
  };
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  const { earliest, latest } = pupilBirthYears(today);
  validations.add(range('birthDate'), {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(earliest, 0, 1)), new Date(Date.UTC(latest, 11, 31))],
    showErrorMessage: true,
    errorTitle: 'Не дата рождения',
    error: `Дата рождения — дата вида 14.03.2009, год с ${earliest} по ${latest}`,
  });
  validations.add(range('gender'), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${GENDER_LETTERS.male},${GENDER_LETTERS.female}"`],
    showErrorMessage: true,
    errorTitle: 'Пол',
    error: `Пол — буква «${GENDER_LETTERS.male}» или «${GENDER_LETTERS.female}»`,
  });

  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [{ width: 22 }, { width: 16 }, { width: 60 }];
  const title = sheet.addRow(['Как заполнять список класса']);
  title.font = { bold: true, size: 14 };
  sheet.addRows([
    [],
    [
      `На листе «${CLASS_LIST_SHEET}» первая строка — заголовки: не меняйте их и не вставляйте строк над ними.`,
    ],
    [`Дальше по строке на ученика, не больше ${CLASS_LIST_MAX_ROWS}. Столбцы можно переставлять.`],
    ['Обязательные столбцы выделены цветом. Подсказка к столбцу — в примечании к его заголовку.'],
    [],
  ]);
  const tableHeader = sheet.addRow(['Столбец', 'Обязательный', 'Что писать']);
  tableHeader.font = { bold: true };
  for (const field of CLASS_LIST_FIELDS)
    sheet.addRow([
      CLASS_LIST_HEADERS[field],
      CLASS_LIST_REQUIRED.includes(field) ? 'да' : 'нет',
      COLUMN_LOOK[field].hint,
    ]);
  sheet.addRows([
    [],
    ['Ученик, который уже есть в реестре школы (те же ФИО и дата рождения), не регистрируется заново.'],
    [
      'Список принимается целиком или никак: при ошибке ничего не сохраняется, а отчёт называет строку и столбец.',
    ],
    ['Сохраните файл как «Книга Excel» (.xlsx) и загрузите его на странице класса.'],
  ]);
}
