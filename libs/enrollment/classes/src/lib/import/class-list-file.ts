import {
  ClassListProblemCode,
  pupilBirthYears,
  type ClassListProblem,
  type Gender,
  type StudentPersonalData,
} from '@orbita/enrollment/rpc';
import { isBlank, normaliseHeader, type CellValue, type Table } from '@orbita/tabular-files';

/** The columns of a class list, in the order the template has them. */
export const CLASS_LIST_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'parentContact',
] as const;
export type ClassListField = (typeof CLASS_LIST_FIELDS)[number];
type Field = ClassListField;

/** Header aliases, Russian and English, compared after normaliseHeader. */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  surname: ['фамилия', 'surname', 'last name', 'family name'],
  name: ['имя', 'name', 'first name', 'given name'],
  patronymic: ['отчество', 'patronymic', 'middle name'],
  birthDate: ['дата рождения', 'birth date', 'date of birth', 'birthdate', 'дата рожд', 'д р'],
  gender: ['пол', 'gender', 'sex'],
  parentContact: [
    'контакт родителя',
    'телефон родителя',
    'контакты родителей',
    'parent contact',
    'parent phone',
  ],
};
export const CLASS_LIST_REQUIRED: readonly Field[] = ['surname', 'name', 'birthDate'];
/** The header of each column as reports name it and the template writes it. */
export const CLASS_LIST_HEADERS: Readonly<Record<Field, string>> = {
  surname: 'Фамилия',
  name: 'Имя',
  patronymic: 'Отчество',
  birthDate: 'Дата рождения',
  gender: 'Пол',
  parentContact: 'Контакт родителя',
};
/** The letter of each gender, as the template offers it (other spellings are read too). */
export const GENDER_LETTERS: Readonly<Record<Gender, string>> = { male: 'м', female: 'ж' };
/** The longest parent contact kept. */
export const PARENT_CONTACT_MAX_LENGTH = 200;
const FIELD_BY_ALIAS = new Map<string, Field>(
  (Object.entries(ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [alias, field] as const),
  ),
);
const GENDER_BY_TEXT = new Map<string, Gender>([
  ...['ж', 'жен', 'женский', 'f', 'female'].map((text) => [text, 'female'] as const),
  ...['м', 'муж', 'мужской', 'm', 'male'].map((text) => [text, 'male'] as const),
]);

/** A row of the list, checked, with the number the spreadsheet shows for it. */
export interface ClassListRow {
  row: number;
  student: StudentPersonalData;
}

/**
 * Checks a class list read from XLSX or CSV: a column each for surname, name and birth date (patronymic,
 * gender and a parent's contact optional; other columns ignored), every row complete and valid, no
 * student twice. Returns the rows, or every problem found.
 */
export function checkClassList(
  table: Table,
  today = new Date(),
): { rows: ClassListRow[]; problems: ClassListProblem[] } {
  const problems: ClassListProblem[] = [];
  if (!table.header || table.rows.length === 0) {
    problems.push({
      row: null,
      column: null,
      value: null,
      code: ClassListProblemCode.FILE_EMPTY,
      message: 'В файле нет строк с учениками под строкой заголовков',
    });
    return { rows: [], problems };
  }
  const header = table.header;
  const labels = header.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
  const columns: Partial<Record<Field, number>> = {};
  labels.forEach((label, column) => {
    const field = FIELD_BY_ALIAS.get(normaliseHeader(label));
    if (!field) return;
    if (columns[field] === undefined) columns[field] = column;
    else
      problems.push({
        row: header.row,
        column: label,
        value: label,
        code: ClassListProblemCode.COLUMN_DUPLICATE,
        message: `Столбец «${label}» повторяет столбец «${labels[columns[field]]}»`,
      });
  });
  for (const field of CLASS_LIST_REQUIRED)
    if (columns[field] === undefined)
      problems.push({
        row: header.row,
        column: CLASS_LIST_HEADERS[field],
        value: null,
        code: ClassListProblemCode.COLUMN_MISSING,
        message: `Нет столбца «${CLASS_LIST_HEADERS[field]}»`,
      });
  if (problems.length > 0) return { rows: [], problems };

  const rows: ClassListRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const text = (field: Field): string | null => {
      const column = columns[field];
      const cell: CellValue = column === undefined ? null : (cells[column] ?? null);
      return isBlank(cell) ? null : String(cell).trim().replace(/\s+/g, ' ');
    };
    const problem = (field: Field, code: ClassListProblemCode, message: string) =>
      problems.push({
        row,
        column: labels[columns[field] as number] || CLASS_LIST_HEADERS[field],
        value: text(field),
        code,
        message,
      });
    const before = problems.length;

    for (const field of CLASS_LIST_REQUIRED)
      if (text(field) === null)
        problem(field, ClassListProblemCode.VALUE_MISSING, `Не заполнено: «${CLASS_LIST_HEADERS[field]}»`);
    for (const field of ['surname', 'name', 'patronymic'] as const) {
      const value = text(field);
      if (value !== null && !/^[\p{L}][\p{L}' -]{0,99}$/u.test(value))
        problem(
          field,
          ClassListProblemCode.VALUE_INVALID,
          `«${value}» не похоже на ${field === 'surname' ? 'фамилию' : field === 'name' ? 'имя' : 'отчество'}: только буквы, дефис, пробел, до 100 знаков`,
        );
    }
    const birthText = text('birthDate');
    const birthDate = birthText === null ? null : parseDate(birthText);
    if (birthText !== null && (birthDate === null || !plausibleBirthDate(birthDate, today)))
      problem(
        'birthDate',
        ClassListProblemCode.VALUE_INVALID,
        `«${birthText}» — не дата рождения школьника: нужна дата вида 14.03.2009`,
      );
    const genderText = text('gender');
    const gender = genderText === null ? null : (GENDER_BY_TEXT.get(genderText.toLowerCase()) ?? undefined);
    if (gender === undefined)
      problem(
        'gender',
        ClassListProblemCode.VALUE_INVALID,
        `«${genderText}» — пол указывают буквой «${GENDER_LETTERS.male}» или «${GENDER_LETTERS.female}»`,
      );
    const parentContact = text('parentContact');
    if (parentContact !== null && parentContact.length > PARENT_CONTACT_MAX_LENGTH)
      problem(
        'parentContact',
        ClassListProblemCode.VALUE_INVALID,
        `Контакт родителя длиннее ${PARENT_CONTACT_MAX_LENGTH} знаков`,
      );
    if (problems.length > before) continue;

    const student: StudentPersonalData = {
      surname: text('surname') as string,
      name: text('name') as string,
      patronymic: text('patronymic'),
      birthDate: birthDate as string,
      gender: gender ?? null,
      parentContact,
    };
    const key = studentKey(student);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problem('surname', ClassListProblemCode.ROW_DUPLICATE, `Ученик уже есть в строке ${first}`);
      continue;
    }
    firstRowOf.set(key, row);
    rows.push({ row, student });
  }
  return { rows, problems };
}

/** Who a student is for matching: names (case and ё aside) and birth date. */
export const studentKey = (
  student: Pick<StudentPersonalData, 'surname' | 'name' | 'patronymic' | 'birthDate'>,
): string =>
  [student.surname, student.name, student.patronymic ?? '', student.birthDate]
    .map((part) => part.toLowerCase().replace(/ё/g, 'е'))
    .join('|');

/** 14.03.2009, 14/03/2009 or 2009-03-14 as an ISO date, if it is a real day. */
function parseDate(text: string): string | null {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = text.includes('-')
    ? [match[1], match[2], match[3]]
    : [match[3], match[2], match[1]];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function plausibleBirthDate(iso: string, today: Date): boolean {
  const year = Number(iso.slice(0, 4));
  const { earliest, latest } = pupilBirthYears(today);
  return year >= earliest && year <= latest;
}
