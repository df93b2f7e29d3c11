import type { ProgrammeClassView, StudentView } from '@orbita/enrollment/rpc';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import JSZip from 'jszip';
import { oneRosterFiles, oneRosterZip, type OneRosterExportInput } from './oneroster-export';

const lyceum = { id: 'school-lyceum', siriusId: 'org-lyceum-1-tomsk', shortName: 'Лицей № 1' } as SchoolView;
const gymnasium = { id: 'school-gymnasium', siriusId: null, shortName: 'Гимназия № 2' } as SchoolView;

const programmeClass = (id: string, school: SchoolView, teacherIds: string[]) =>
  ({
    id,
    schoolId: school.id,
    programmeCode: 'sirius_partner_schools',
    schoolYear: 2024,
    grade: 10,
    label: '10 Ф',
    profileSubjects: ['math', 'physics'],
    teachers: teacherIds.flatMap((personId) => [
      { personId, subject: 'math' },
      { personId, subject: 'physics' },
    ]),
  }) as unknown as ProgrammeClassView;

const student = (
  id: string,
  surname: string,
  memberships: Array<{ classId: string; endedOn: string | null }>,
  externalId: string | null = null,
) =>
  ({
    id,
    externalId,
    surname,
    name: 'Анна',
    patronymic: null,
    birthDate: '2009-03-04',
    memberships: memberships.map((membership) => ({ ...membership, enrolledOn: '2024-09-01' })),
  }) as unknown as StudentView;

const input: OneRosterExportInput = {
  schoolYear: 2024,
  schools: [lyceum, gymnasium],
  classes: [
    programmeClass('class-a', lyceum, ['teacher-1']),
    programmeClass('class-b', gymnasium, ['teacher-1']),
  ],
  students: [
    student('student-1', 'Соколова', [{ classId: 'class-a', endedOn: null }]),
    student(
      'student-2',
      '=HYPERLINK("http://evil","x")',
      [{ classId: 'class-b', endedOn: null }],
      'u-0f3a9c',
    ),
    // Left the class, and another year's class: neither is exported.
    student('student-3', 'Орлова', [{ classId: 'class-a', endedOn: '2024-10-01' }]),
    student('student-4', 'Белова', [{ classId: 'class-2023', endedOn: null }]),
  ],
  teachers: [
    {
      id: 'teacher-1',
      surname: 'Морозов',
      name: 'Иван',
      patronymic: 'Олегович',
      schoolId: lyceum.id,
    } as PersonView,
  ],
};

const rowsOf = (text: string | undefined) => (text ?? '').trimEnd().split('\r\n');

describe('the OneRoster 1.2 CSV bundle', () => {
  const files = oneRosterFiles(input);

  it('declares what it sends as bulk files and every other file of the binding absent', () => {
    const manifest = rowsOf(files.get('manifest.csv'));
    expect(manifest.slice(0, 3)).toEqual([
      'propertyName,value',
      'manifest.version,1.0',
      'oneroster.version,1.2',
    ]);
    for (const name of ['academicSessions', 'orgs', 'courses', 'classes', 'users', 'roles', 'enrollments']) {
      expect(manifest).toContain(`file.${name},bulk`);
      expect(files.has(`${name}.csv`)).toBe(true);
    }
    expect(manifest).toContain('file.demographics,absent');
    expect(manifest).toContain('file.results,absent');
  });

  it('names a school by its Sirius id when the registry has one, by ours otherwise', () => {
    expect(rowsOf(files.get('orgs.csv'))).toEqual([
      'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId',
      'org-lyceum-1-tomsk,,,Лицей № 1,school,school-lyceum,',
      'school-gymnasium,,,Гимназия № 2,school,school-gymnasium,',
    ]);
    expect(rowsOf(files.get('classes.csv'))[1]).toBe(
      'class-a,,,10 Ф,10,org-lyceum-1-tomsk-sirius_partner_schools-2024,10 Ф,scheduled,,org-lyceum-1-tomsk,school-year-2024,"math,physics",,',
    );
  });

  it('exports the students in a class of the year now (a linked one under their platform id), and each teacher once with one enrollment per class', () => {
    const users = rowsOf(files.get('users.csv'));
    expect(users[0]).toBe(
      'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns',
    );
    expect(users.slice(1).map((row) => row.split(',')[0])).toEqual(['student-1', 'u-0f3a9c', 'teacher-1']);
    expect(users[1]).toBe('student-1,,,true,student-1,,Анна,Соколова,,,,,,,10,,,,,,,org-lyceum-1-tomsk,');
    // A formula in a name reaches the file as text.
    expect(users[2]).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(files.get('users.csv')).not.toContain('2009-03-04');
    expect(rowsOf(files.get('roles.csv')).slice(1)).toEqual([
      'student-1-student,,,student-1,primary,student,,,org-lyceum-1-tomsk,',
      'u-0f3a9c-student,,,u-0f3a9c,primary,student,,,school-gymnasium,',
      'teacher-1-teacher,,,teacher-1,primary,teacher,,,org-lyceum-1-tomsk,',
    ]);
    expect(rowsOf(files.get('enrollments.csv')).slice(1)).toEqual([
      'class-a-student-1,,,class-a,org-lyceum-1-tomsk,student-1,student,,2024-09-01,',
      'class-b-u-0f3a9c,,,class-b,school-gymnasium,u-0f3a9c,student,,2024-09-01,',
      'class-a-teacher-1,,,class-a,org-lyceum-1-tomsk,teacher-1,teacher,,,',
      'class-b-teacher-1,,,class-b,school-gymnasium,teacher-1,teacher,,,',
    ]);
  });

  it('declares a file without rows absent instead of sending it empty', () => {
    const empty = oneRosterFiles({ ...input, classes: [], students: [] });
    expect([...empty.keys()].sort()).toEqual(['academicSessions.csv', 'manifest.csv']);
    expect(rowsOf(empty.get('manifest.csv'))).toContain('file.users,absent');
  });

  it('packs the files at the root of one ZIP', async () => {
    const zip = await JSZip.loadAsync(await oneRosterZip(files));
    expect(Object.keys(zip.files).sort()).toEqual([...files.keys()].sort());
    expect(await zip.file('users.csv')?.async('string')).toBe(files.get('users.csv'));
  });
});
