import type { ProgrammeClass } from '../shared/queries';

export type Delivery = ProgrammeClass['delivery'];

/** The class form; numbers stay text until sent, as inputs give them. */
export interface ClassFormValues {
  schoolId: string;
  programmeCode: string;
  schoolYear: string;
  grade: string;
  label: string;
  profileSubjects: string[];
  delivery: Delivery | '';
  teachers: { personId: string; subject: string }[];
}

/** Field names the server may name in a 400, as the form has them. */
export const CLASS_FORM_FIELDS = [
  'schoolId',
  'programmeCode',
  'schoolYear',
  'grade',
  'label',
  'profileSubjects',
  'delivery',
  'teachers',
] as const;

export function formValuesOf(
  programmeClass: ProgrammeClass | undefined,
  defaults: { schoolId?: string; programmeCode?: string; schoolYear: number },
): ClassFormValues {
  if (programmeClass)
    return {
      schoolId: programmeClass.schoolId,
      programmeCode: programmeClass.programmeCode,
      schoolYear: String(programmeClass.schoolYear),
      grade: String(programmeClass.grade),
      label: programmeClass.label,
      profileSubjects: [...programmeClass.profileSubjects],
      delivery: programmeClass.delivery,
      teachers: programmeClass.teachers.map(({ personId, subject }) => ({ personId, subject })),
    };
  return {
    schoolId: defaults.schoolId ?? '',
    programmeCode: defaults.programmeCode ?? '',
    schoolYear: String(defaults.schoolYear),
    grade: '',
    label: '',
    profileSubjects: [],
    delivery: '',
    teachers: [],
  };
}

/** The request body: fields as the API wants them. */
export function bodyOf(values: ClassFormValues) {
  return {
    programmeCode: values.programmeCode,
    schoolYear: Number(values.schoolYear),
    grade: Number(values.grade),
    label: values.label.trim(),
    profileSubjects: values.profileSubjects,
    delivery: values.delivery as Delivery,
    teachers: values.teachers,
  };
}
