import type { Type } from '@nestjs/common';
import { MAX_PAGE_SIZE, type Page, type RpcContract } from '@orbita/contracts';
import { CodedException } from '@orbita/observability';
import { neutraliseFormula } from '@orbita/tabular-files';
import ExcelJS from 'exceljs';

/** The most rows one export writes: beyond it the caller narrows the filters (422). */
export const LIST_EXPORT_ROW_CAP = 10_000;
export const EXPORT_TOO_LARGE = 'EXPORT.TOO_LARGE';

/** Russian headers of the fields lists share; a field's own `title` goes first, else its name stays. */
const COLUMN_TITLES: Readonly<Record<string, string>> = {
  id: 'Идентификатор',
  fullName: 'Полное наименование',
  shortName: 'Краткое наименование',
  name: 'Наименование',
  title: 'Название',
  kind: 'Вид',
  status: 'Статус',
  active: 'Активна',
  municipalityId: 'Муниципалитет (id)',
  municipalityName: 'Муниципалитет',
  schoolId: 'Школа (id)',
  schoolName: 'Школа',
  classId: 'Класс (id)',
  className: 'Класс',
  personId: 'Человек (id)',
  studentId: 'Обучающийся (id)',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  gender: 'Пол',
  email: 'Эл. почта',
  phone: 'Телефон',
  address: 'Адрес',
  website: 'Сайт',
  inn: 'ИНН',
  siriusId: 'Id на платформе «Сириус.Школы»',
  externalId: 'Внешний id',
  grade: 'Параллель',
  label: 'Класс',
  letter: 'Литера',
  schoolYear: 'Учебный год',
  programmeCode: 'Программа',
  programmeId: 'Программа (id)',
  profileSubjects: 'Профильные предметы',
  subject: 'Предмет',
  subjects: 'Предметы',
  delivery: 'Реализация',
  students: 'Обучающихся',
  teachers: 'Педагоги',
  number: 'Номер',
  date: 'Дата',
  heldOn: 'Дата проведения',
  validFrom: 'Действует с',
  validTo: 'Действует по',
  startsOn: 'Начало',
  endsOn: 'Окончание',
  score: 'Балл',
  maxScore: 'Максимальный балл',
  percent: 'Процент',
  level: 'Уровень',
  topic: 'Тема',
  version: 'Версия',
  revision: 'Редакция',
  createdAt: 'Создано',
  updatedAt: 'Изменено',
  surname: 'Фамилия',
  patronymic: 'Отчество',
  roles: 'Роли',
  position: 'Должность',
  organisationId: 'Организация (id)',
  organisationName: 'Организация',
  organisationKind: 'Вид организации',
  partnerOrganisationId: 'Партнёр (id)',
  parentContact: 'Контакт родителя',
  memberships: 'Зачисления',
  studentCount: 'Обучающихся',
  workId: 'Работа (id)',
  grades: 'Параллели',
  windowFrom: 'Проведение с',
  windowTo: 'Проведение по',
  tasks: 'Задания',
  levels: 'Уровни',
  versions: 'Версии',
  schoolIds: 'Школы (id)',
  maxTotal: 'Максимум баллов',
  publishedAt: 'Опубликовано',
  publishedBy: 'Опубликовал (id)',
  protocolCount: 'Протоколов',
  row: 'Строка',
  participantCode: 'Код участника',
  classLabel: 'Класс',
  scores: 'Баллы по заданиям',
  total: 'Итого',
  seasonId: 'Сезон (id)',
  subjectArea: 'Предметная область',
  authorIds: 'Авторы (id)',
  supervisorId: 'Руководитель (id)',
  consultantId: 'Консультант (id)',
  abstract: 'Аннотация',
  registeredAt: 'Зарегистрирована',
};

export interface ExportColumn {
  /** The field, `parent.child` for a nested object's field. */
  readonly path: readonly string[];
  readonly header: string;
}

interface DocumentedProperty {
  type?: unknown;
  isArray?: boolean;
  title?: string;
}

/** Swagger's record of a class's `@ApiProperty` fields (inherited ones included), as `:field` keys. */
const documentedFields = (type: Type<unknown>): string[] =>
  (
    (Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype) as string[] | undefined) ?? []
  ).map((key) => key.slice(1));

const documentedProperty = (type: Type<unknown>, field: string): DocumentedProperty =>
  (Reflect.getMetadata('swagger/apiModelProperties', type.prototype, field) as
    DocumentedProperty | undefined) ?? {};

/** A class with documented fields of its own, not `String`, `Number`, an enum or a lazy type. */
function documentedClass(type: unknown): Type<unknown> | undefined {
  if (typeof type !== 'function' || !('prototype' in type)) return undefined;
  return documentedFields(type as Type<unknown>).length > 0 ? (type as Type<unknown>) : undefined;
}

/** A person's `name` is their first name; any other record's, its name. */
const headerOf = (type: Type<unknown>, field: string) =>
  documentedProperty(type, field).title ??
  (field === 'name' && documentedFields(type).includes('surname') ? 'Имя' : undefined) ??
  COLUMN_TITLES[field] ??
  field;

/** The item class of a list contract (`pageOf(Item)` documents `items` as `[Item]`). */
export function listItemClass(contract: RpcContract): Type<unknown> {
  const page = contract.response;
  const items =
    typeof page === 'function' ? documentedProperty(page as Type<unknown>, 'items').type : undefined;
  const item = documentedClass(items);
  if (!item)
    throw new Error(`${contract.subject} does not answer a documented page of items: no list export`);
  return item;
}

/**
 * The item's documented fields as columns, in their order; a nested object's fields follow their parent's
 * header (one level: deeper values are written as text), arrays go in one cell.
 */
export function exportColumns(item: Type<unknown>): ExportColumn[] {
  return documentedFields(item).flatMap((field) => {
    const property = documentedProperty(item, field);
    // Swagger keeps `type: [Item]` as `{ type: Item, isArray: true }`: an array stays one cell.
    const nested =
      property.isArray || Array.isArray(property.type) ? undefined : documentedClass(property.type);
    if (!nested) return [{ path: [field], header: headerOf(item, field) }];
    return documentedFields(nested).map((child) => ({
      path: [field, child],
      header: `${headerOf(item, field)}: ${headerOf(nested, child)}`,
    }));
  });
}

type Cell = string | number | boolean | null;

/** A value as one cell: text neutralised against formulas, arrays joined, objects as their values. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return neutraliseFormula(value.map((element) => textOf(element)).join(', '));
  return neutraliseFormula(textOf(value));
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object')
    return Object.values(value as object)
      .map((inner) => textOf(inner))
      .filter(Boolean)
      .join(' ');
  return String(value);
}

const valueAt = (item: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, field) => (value as Record<string, unknown> | null | undefined)?.[field],
    item,
  );

/** The workbook of one list: a bold, frozen header row, then one row per item. */
export async function listWorkbook(
  sheetName: string,
  columns: readonly ExportColumn[],
  items: readonly unknown[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const item of items) sheet.addRow(columns.map((column) => cellOf(valueAt(item, column.path))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Every page of a list, in the largest pages the list convention allows; a list of more than
 * {@link LIST_EXPORT_ROW_CAP} items is refused at its first page.
 */
export async function everyPage(
  fetchPage: (page: number, pageSize: number) => Promise<Page<unknown>>,
): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const { items: pageItems, total } = await fetchPage(page, MAX_PAGE_SIZE);
    if (total > LIST_EXPORT_ROW_CAP)
      throw new CodedException(
        EXPORT_TOO_LARGE,
        422,
        `The list has ${total} rows; an export writes at most ${LIST_EXPORT_ROW_CAP}: narrow the filters`,
        undefined,
        { extensions: { rowCap: LIST_EXPORT_ROW_CAP, total } },
      );
    items.push(...pageItems);
    if (pageItems.length < MAX_PAGE_SIZE || items.length >= total) return items;
  }
}
