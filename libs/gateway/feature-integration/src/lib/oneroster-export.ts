import type { ProgrammeClassView, StudentView } from '@orbita/enrollment/rpc';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import { csvText } from '@orbita/tabular-files';
import JSZip from 'jszip';

/** What the bundle is made of: one school year's programme classes, their students, teachers and schools. */
export interface OneRosterExportInput {
  /** First calendar year of the school year: 2024 = 2024/25. */
  schoolYear: number;
  schools: readonly SchoolView[];
  classes: readonly ProgrammeClassView[];
  students: readonly StudentView[];
  /** The classes' teachers the caller may read (a teacher missing here is left out of users and enrollments). */
  teachers: readonly PersonView[];
}

/**
 * Headers of the OneRoster 1.2 CSV binding, in its order. Bulk files: `status` and `dateLastModified` are left
 * blank, as the binding asks of a bulk file.
 */
const HEADERS = {
  academicSessions: [
    'sourcedId',
    'status',
    'dateLastModified',
    'title',
    'type',
    'startDate',
    'endDate',
    'parentSourcedId',
    'schoolYear',
  ],
  orgs: ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  courses: [
    'sourcedId',
    'status',
    'dateLastModified',
    'schoolYearSourcedId',
    'title',
    'courseCode',
    'grades',
    'orgSourcedId',
    'subjects',
    'subjectCodes',
  ],
  classes: [
    'sourcedId',
    'status',
    'dateLastModified',
    'title',
    'grades',
    'courseSourcedId',
    'classCode',
    'classType',
    'location',
    'schoolSourcedId',
    'termSourcedIds',
    'subjects',
    'subjectCodes',
    'periods',
  ],
  users: [
    'sourcedId',
    'status',
    'dateLastModified',
    'enabledUser',
    'username',
    'userIds',
    'givenName',
    'familyName',
    'middleName',
    'identifier',
    'email',
    'sms',
    'phone',
    'agentSourcedIds',
    'grades',
    'password',
    'userMasterIdentifier',
    'resourceSourcedIds',
    'preferredGivenName',
    'preferredMiddleName',
    'preferredFamilyName',
    'primaryOrgSourcedId',
    'pronouns',
  ],
  roles: [
    'sourcedId',
    'status',
    'dateLastModified',
    'userSourcedId',
    'roleType',
    'role',
    'beginDate',
    'endDate',
    'orgSourcedId',
    'userProfileSourcedId',
  ],
  enrollments: [
    'sourcedId',
    'status',
    'dateLastModified',
    'classSourcedId',
    'schoolSourcedId',
    'userSourcedId',
    'role',
    'primary',
    'beginDate',
    'endDate',
  ],
} as const;

type OneRosterFile = keyof typeof HEADERS;
type Row<F extends OneRosterFile> = Record<(typeof HEADERS)[F][number], string>;

/** Files of the binding we never send: the manifest declares them absent. */
const ABSENT = [
  'categories',
  'classResources',
  'courseResources',
  'demographics',
  'lineItemLearningObjectiveIds',
  'lineItems',
  'lineItemScoreScales',
  'resources',
  'resultLearningObjectiveIds',
  'results',
  'resultScoreScales',
  'scoreScales',
  'userProfiles',
  'userResources',
];

const grade = (value: number) => String(value).padStart(2, '0');
/** The binding allows no line break inside a field. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** The CSV files of the bundle by name (`manifest.csv`, `users.csv`…); a file without rows is declared absent. */
export function oneRosterFiles({
  schoolYear,
  schools,
  classes,
  students,
  teachers,
}: OneRosterExportInput): Map<string, string> {
  const term = `school-year-${schoolYear}`;
  // The platform knows a school by its own id when we have it; by ours otherwise.
  const schoolById = new Map(schools.map((school) => [school.id, school]));
  const orgOf = (schoolId: string) => schoolById.get(schoolId)?.siriusId ?? schoolId;
  const courseOf = (item: ProgrammeClassView) =>
    `${orgOf(item.schoolId)}-${item.programmeCode}-${schoolYear}`;
  const classById = new Map(classes.map((item) => [item.id, item]));
  const teacherById = new Map(teachers.map((person) => [person.id, person]));

  const rows: { [F in OneRosterFile]: Row<F>[] } = {
    academicSessions: [
      {
        sourcedId: term,
        status: '',
        dateLastModified: '',
        title: `${schoolYear}/${schoolYear + 1}`,
        type: 'schoolYear',
        startDate: `${schoolYear}-09-01`,
        endDate: `${schoolYear + 1}-08-31`,
        parentSourcedId: '',
        // OneRoster names a school year by the year it ends in.
        schoolYear: String(schoolYear + 1),
      },
    ],
    orgs: [...new Set(classes.map((item) => item.schoolId))].map((schoolId) => ({
      sourcedId: orgOf(schoolId),
      status: '',
      dateLastModified: '',
      name: oneLine(schoolById.get(schoolId)?.shortName ?? schoolId),
      type: 'school',
      identifier: schoolId,
      parentSourcedId: '',
    })),
    courses: [...new Map(classes.map((item) => [courseOf(item), item])).entries()].map(
      ([sourcedId, item]) => ({
        sourcedId,
        status: '',
        dateLastModified: '',
        schoolYearSourcedId: term,
        title: item.programmeCode,
        courseCode: item.programmeCode,
        grades: '',
        orgSourcedId: orgOf(item.schoolId),
        subjects: '',
        subjectCodes: '',
      }),
    ),
    classes: classes.map((item) => ({
      sourcedId: item.id,
      status: '',
      dateLastModified: '',
      title: oneLine(item.label),
      grades: grade(item.grade),
      courseSourcedId: courseOf(item),
      classCode: oneLine(item.label),
      classType: 'scheduled',
      location: '',
      schoolSourcedId: orgOf(item.schoolId),
      termSourcedIds: term,
      subjects: item.profileSubjects.join(','),
      subjectCodes: '',
      periods: '',
    })),
    users: [],
    roles: [],
    enrollments: [],
  };

  const addUser = (
    id: string,
    role: 'student' | 'teacher',
    schoolId: string,
    names: { name: string; surname: string; patronymic: string | null },
    grades: string,
  ) => {
    rows.users.push({
      sourcedId: id,
      status: '',
      dateLastModified: '',
      enabledUser: 'true',
      username: id,
      userIds: '',
      givenName: oneLine(names.name),
      familyName: oneLine(names.surname),
      middleName: oneLine(names.patronymic ?? ''),
      identifier: '',
      email: '',
      sms: '',
      phone: '',
      agentSourcedIds: '',
      grades,
      password: '',
      userMasterIdentifier: '',
      resourceSourcedIds: '',
      preferredGivenName: '',
      preferredMiddleName: '',
      preferredFamilyName: '',
      primaryOrgSourcedId: orgOf(schoolId),
      pronouns: '',
    });
    rows.roles.push({
      sourcedId: `${id}-${role}`,
      status: '',
      dateLastModified: '',
      userSourcedId: id,
      roleType: 'primary',
      role,
      beginDate: '',
      endDate: '',
      orgSourcedId: orgOf(schoolId),
      userProfileSourcedId: '',
    });
  };
  const enrol = (item: ProgrammeClassView, userId: string, role: 'student' | 'teacher', beginDate: string) =>
    rows.enrollments.push({
      sourcedId: `${item.id}-${userId}`,
      status: '',
      dateLastModified: '',
      classSourcedId: item.id,
      schoolSourcedId: orgOf(item.schoolId),
      userSourcedId: userId,
      role,
      primary: '',
      beginDate,
      endDate: '',
    });

  for (const student of students) {
    // A student is in at most one programme class of a year at a time: the membership that has not ended.
    const membership = student.memberships.find(
      (item) => item.endedOn === null && classById.has(item.classId),
    );
    const item = membership && classById.get(membership.classId);
    if (!membership || !item) continue;
    // A student linked to their platform account is sent under that account's id, so the import updates it.
    const userId = student.externalId ?? student.id;
    addUser(userId, 'student', item.schoolId, student, grade(item.grade));
    enrol(item, userId, 'student', membership.enrolledOn);
  }
  // A teacher may lead several classes, and one class in several subjects: one user, one enrollment per class.
  const teachersAdded = new Set<string>();
  for (const item of classes)
    for (const personId of new Set(item.teachers.map((teacher) => teacher.personId))) {
      const person = teacherById.get(personId);
      if (!person) continue;
      if (!teachersAdded.has(personId))
        addUser(personId, 'teacher', person.schoolId ?? item.schoolId, person, '');
      teachersAdded.add(personId);
      enrol(item, personId, 'teacher', '');
    }

  const files = new Map<string, string>();
  const manifest: string[][] = [
    ['propertyName', 'value'],
    ['manifest.version', '1.0'],
    ['oneroster.version', '1.2'],
  ];
  for (const name of Object.keys(HEADERS) as OneRosterFile[]) {
    const fileRows = rows[name] as Record<string, string>[];
    // The binding permits no file without rows.
    manifest.push([`file.${name}`, fileRows.length ? 'bulk' : 'absent']);
    if (fileRows.length)
      files.set(
        `${name}.csv`,
        csvText([[...HEADERS[name]], ...fileRows.map((row) => HEADERS[name].map((column) => row[column]))]),
      );
  }
  for (const name of ABSENT) manifest.push([`file.${name}`, 'absent']);
  manifest.push(['source.systemName', 'Orbita'], ['source.systemCode', 'orbita']);
  files.set('manifest.csv', csvText(manifest));
  return files;
}

/** The files as one ZIP, every file at the root as the binding wants. */
export function oneRosterZip(files: ReadonlyMap<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
