import {
  CLASS_LIST_MAX_ROWS,
  ClassListProblemCode,
  ENROLLMENT_RPC,
  EnrollmentErrorCode,
  type ClassListInvalidReport,
  type EnrollmentOrderView,
} from '@orbita/enrollment/rpc';
import { zipArchive } from '@orbita/testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { EnrollmentFixture, schoolCoordinator } from '../../test/enrollment.fixture';
import { randomUUID } from 'node:crypto';

const SCHOOL = randomUUID();
const GOOD_LIST = [
  'Фамилия;Имя;Отчество;Дата рождения;Пол',
  'Берёзкина;Ульяна;Романовна;14.03.2009;ж',
  'Лаптев;Глеб;;2009-11-02;м',
].join('\r\n');

describe('class list import', () => {
  let service: EnrollmentFixture;
  let order: EnrollmentOrderView;

  beforeAll(async () => {
    service = await EnrollmentFixture.start({ schools: [SCHOOL] });
    order = await service.call(ENROLLMENT_RPC.createOrder, {
      schoolId: SCHOOL,
      number: '112-у',
      date: '2024-08-30',
    });
  }, 60_000);

  afterAll(() => service?.close());

  const formClass = (label: string) =>
    service.call(ENROLLMENT_RPC.createClass, {
      schoolId: SCHOOL,
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 10,
      label,
      profileSubjects: ['chemistry', 'biology'],
      delivery: 'lessons',
      teachers: [],
    });
  const importList = async (classId: string, content: Buffer) =>
    service.call(ENROLLMENT_RPC.importClassList, {
      classId,
      orderId: order.id,
      enrolledOn: '2024-09-01',
      objectName: await service.upload(content),
    });
  const studentsOf = (classId: string) =>
    service.call(ENROLLMENT_RPC.listStudents, { classId, pageSize: 200 });

  it('registers and enrolls a Windows-1251 list; the same list again changes nothing', async () => {
    const target = await formClass('10 Х');
    expect(await importList(target.id, iconv.encode(GOOD_LIST, 'win1251'))).toEqual({
      classId: target.id,
      enrolled: 2,
      registered: 2,
    });
    const students = (await studentsOf(target.id)).items;
    expect(students.map((s) => [s.surname, s.patronymic, s.birthDate, s.gender])).toEqual([
      ['Берёзкина', 'Романовна', '2009-03-14', 'female'],
      ['Лаптев', null, '2009-11-02', 'male'],
    ]);
    expect(students[0].memberships[0]).toMatchObject({ orderId: order.id, basis: { kind: 'other' } });
    expect(await importList(target.id, Buffer.from(GOOD_LIST))).toEqual({
      classId: target.id,
      enrolled: 0,
      registered: 0,
    });
    expect((await studentsOf(target.id)).total).toBe(2);
  });

  it('answers a list with bad rows with a row-level report and stores nothing', async () => {
    const target = await formClass('10 Ж');
    const other = await formClass('10 З');
    await importList(
      other.id,
      Buffer.from(['Фамилия;Имя;Дата рождения', 'Занятова;Вера;01.01.2010'].join('\n')),
    );
    const file = [
      'Surname,First name,Date of birth',
      'Годнова,Ева,05.05.2009',
      ',Пётр,2009-01-01',
      'Сроков,Иван,31.02.2009',
      'Годнова,Ева,05.05.2009',
      'Занятова,Вера,01.01.2010',
    ].join('\n');
    const failure = await service.failure(ENROLLMENT_RPC.importClassList, {
      classId: target.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
      objectName: await service.upload(Buffer.from(file)),
    });
    expect([failure.code, failure.status]).toEqual([EnrollmentErrorCode.CLASS_LIST_INVALID, 422]);
    const report = failure.extensions as unknown as ClassListInvalidReport;
    expect(report.problems.map(({ row, column, value, code }) => ({ row, column, value, code }))).toEqual([
      { row: 3, column: 'Surname', value: null, code: ClassListProblemCode.VALUE_MISSING },
      { row: 4, column: 'Date of birth', value: '31.02.2009', code: ClassListProblemCode.VALUE_INVALID },
      { row: 5, column: 'Surname', value: 'Годнова', code: ClassListProblemCode.ROW_DUPLICATE },
      { row: 6, column: 'Фамилия', value: 'Занятова', code: ClassListProblemCode.ALREADY_ENROLLED },
    ]);
    expect(report.problems.every((problem) => /[а-я]/i.test(problem.message))).toBe(true);
    expect([report.problemCount, report.rowCount]).toEqual([4, 5]);
    expect((await studentsOf(target.id)).total).toBe(0);
    const named = await service.call(ENROLLMENT_RPC.listStudents, { q: 'Годнова' });
    expect(named.total).toBe(0);
  });

  it('names missing columns and unreadable files', async () => {
    const target = await formClass('10 Ю');
    const missing = await service.failure(ENROLLMENT_RPC.importClassList, {
      classId: target.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
      objectName: await service.upload(Buffer.from('Фамилия;Имя\nА;Б\n')),
    });
    expect((missing.extensions as unknown as ClassListInvalidReport).problems).toEqual([
      {
        row: 1,
        column: 'Дата рождения',
        value: null,
        code: ClassListProblemCode.COLUMN_MISSING,
        message: 'Нет столбца «Дата рождения»',
      },
    ]);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const unreadable = await service.failure(ENROLLMENT_RPC.importClassList, {
      classId: target.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
      objectName: await service.upload(zip),
    });
    expect((unreadable.extensions as unknown as ClassListInvalidReport).problems[0].code).toBe(
      ClassListProblemCode.FILE_UNREADABLE,
    );
  });

  it('refuses a list past the row limit, and a ZIP bomb before unpacking it, storing nothing', async () => {
    const target = await formClass('10 Щ');
    const failure = async (content: Buffer) =>
      service.failure(ENROLLMENT_RPC.importClassList, {
        classId: target.id,
        orderId: order.id,
        enrolledOn: '2024-09-01',
        objectName: await service.upload(content),
      });
    const rows = Array.from(
      { length: CLASS_LIST_MAX_ROWS + 1 },
      (_, index) => `Ученик${index};Имя;;14.03.2009;ж`,
    );
    const tooMany = await failure(Buffer.from([GOOD_LIST.split('\r\n')[0], ...rows].join('\n')));
    expect((tooMany.extensions as unknown as ClassListInvalidReport).problems).toEqual([
      expect.objectContaining({
        code: ClassListProblemCode.TOO_MANY_ROWS,
        message: `В файле больше ${CLASS_LIST_MAX_ROWS} строк с учениками: разделите список`,
      }),
    ]);
    const bomb = zipArchive([
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '',
        packed: Buffer.alloc(512, 7),
        declaredSize: 480 * 1024 * 1024,
      },
    ]);
    expect(await failure(bomb)).toMatchObject({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
      message: expect.stringContaining('unpacks to more than'),
    });
    expect((await studentsOf(target.id)).total).toBe(0);
  });

  it('hands out the XLSX template named after the class, which imports once filled in', async () => {
    const target = await formClass('10 Т');
    const download = await service.call(ENROLLMENT_RPC.exportClassListTemplate, {
      id: target.id,
    });
    expect(download).toMatchObject({
      fileName: 'Список класса 10 Т.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    const content = await (await service.bucket()).read(download.objectName);
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    workbook.worksheets[0].getRow(2).values = ['Тарасова', 'Мила', null, new Date(Date.UTC(2009, 4, 5)), 'ж'];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await importList(target.id, filled)).toEqual({ classId: target.id, enrolled: 1, registered: 1 });
    expect((await studentsOf(target.id)).items.map((s) => [s.surname, s.birthDate, s.gender])).toEqual([
      ['Тарасова', '2009-05-05', 'female'],
    ]);

    const elsewhere = await service.failure(
      ENROLLMENT_RPC.exportClassListTemplate,
      { id: target.id },
      schoolCoordinator(randomUUID()),
    );
    expect([elsewhere.code, elsewhere.status]).toEqual([EnrollmentErrorCode.CLASS_NOT_FOUND, 404]);
  });
});
