import {
  ApiProperty,
  ApiPropertyOptional,
  OmitType,
  PickType,
  type ApiPropertyOptions,
} from '@nestjs/swagger';
import {
  CandidateScore,
  CreateCampaignCommand,
  EnrollFromCampaignCommand,
  LinkParticipantCodeCommand,
  ListCampaignsQuery,
  RecordCandidatesCommand,
  SELECTION_BASES,
  type CampaignView,
  type CandidateView,
  type EnrolledFromCampaignView,
  type SelectionBasis,
  type TrajectoryEntryView,
  type TrajectoryView,
  CLASS_DELIVERIES,
  ClassListProblemCode,
  EnrollmentErrorCode,
  ImportClassListCommand,
  type ClassListInvalidReport,
  type ClassListProblem,
  type ImportedClassListView,
  ClassTeacherV1,
  CreateClassCommand,
  CreateOrderCommand,
  CreateStudentCommand,
  CreateSubjectCommand,
  ENROLLMENT_BASES,
  EnrollStudentCommand,
  EnrollmentBasis,
  GENDERS,
  ListClassesQuery,
  ListOrdersQuery,
  ListStudentsQuery,
  TransferStudentCommand,
  UpdateClassCommand,
  WITHDRAWAL_REASONS,
  WithdrawStudentCommand,
  type ClassDelivery,
  type EnrollmentBasisKind,
  type EnrollmentOrderView,
  type Gender,
  type MembershipView,
  type ProgrammeClassView,
  type StudentView,
  type SubjectView,
  type WithdrawalReason,
  pageOf,
} from '@orbita/contracts';
import { ProblemDetails } from '@orbita/gateway/feature-http';

// The OpenAPI schemas of enrollment: the contract classes with descriptions and examples.

const UUID = { format: 'uuid', example: '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01' } as const;
const DATE = { format: 'date', example: '2024-09-01' } as const;
const SCHOOL_ID = {
  ...UUID,
  description: 'Required of region-wide accounts; a school account acts for its own school',
} as const;

export class Subject implements SubjectView {
  @ApiProperty({ example: 'math', description: 'Lower-case subject code' })
  code!: string;

  @ApiProperty({ example: 'Математика' })
  title!: string;
}

export class CreateSubject extends CreateSubjectCommand {
  @ApiProperty({ example: 'astronomy', description: 'Lower-case subject code' })
  declare code: string;

  @ApiProperty({ example: 'Астрономия', maxLength: 100 })
  declare title: string;
}

export class ClassTeacher extends ClassTeacherV1 {
  @ApiProperty({ ...UUID, description: 'A registry person' })
  declare personId: string;

  @ApiProperty({ example: 'physics', description: 'The profile subject they teach in the class' })
  declare subject: string;
}

const CLASS_FIELDS = {
  programmeCode: { example: 'sirius_partner_schools', description: 'Registry programme code' },
  schoolYear: { example: 2024, description: 'First calendar year of the school year: 2024 = 2024/25' },
  grade: { example: 10, minimum: 1, maximum: 11 },
  label: { example: '10 Ф', maxLength: 20 },
  profileSubjects: {
    type: [String],
    example: ['math', 'physics', 'informatics'],
    description: 'Codes of the subjects table',
  },
  delivery: {
    enum: CLASS_DELIVERIES,
    description: 'lessons (урочная) or lessons_and_extracurricular (урочная и внеурочная)',
  },
  teachers: { type: [ClassTeacher] },
} satisfies Record<string, ApiPropertyOptions>;

export class CreateClass extends CreateClassCommand {
  @ApiPropertyOptional(SCHOOL_ID)
  declare schoolId?: string;

  @ApiProperty(CLASS_FIELDS.programmeCode)
  declare programmeCode: string;

  @ApiProperty(CLASS_FIELDS.schoolYear)
  declare schoolYear: number;

  @ApiProperty(CLASS_FIELDS.grade)
  declare grade: number;

  @ApiProperty(CLASS_FIELDS.label)
  declare label: string;

  @ApiProperty(CLASS_FIELDS.profileSubjects)
  declare profileSubjects: string[];

  @ApiProperty(CLASS_FIELDS.delivery)
  declare delivery: ClassDelivery;

  @ApiProperty(CLASS_FIELDS.teachers)
  declare teachers: ClassTeacher[];
}

/** The body of an update: the whole description (the id is the path's). */
export class UpdateClass extends OmitType(UpdateClassCommand, ['id'] as const) {
  @ApiProperty(CLASS_FIELDS.programmeCode)
  declare programmeCode: string;

  @ApiProperty(CLASS_FIELDS.schoolYear)
  declare schoolYear: number;

  @ApiProperty(CLASS_FIELDS.grade)
  declare grade: number;

  @ApiProperty(CLASS_FIELDS.label)
  declare label: string;

  @ApiProperty(CLASS_FIELDS.profileSubjects)
  declare profileSubjects: string[];

  @ApiProperty(CLASS_FIELDS.delivery)
  declare delivery: ClassDelivery;

  @ApiProperty(CLASS_FIELDS.teachers)
  declare teachers: ClassTeacher[];

  @ApiPropertyOptional({ example: 1, description: 'The revision last read; a newer one answers 409' })
  declare expectedRevision?: number;
}

export class ProgrammeClass implements ProgrammeClassView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty(CLASS_FIELDS.programmeCode)
  programmeCode!: string;

  @ApiProperty(CLASS_FIELDS.schoolYear)
  schoolYear!: number;

  @ApiProperty(CLASS_FIELDS.grade)
  grade!: number;

  @ApiProperty(CLASS_FIELDS.label)
  label!: string;

  @ApiProperty(CLASS_FIELDS.profileSubjects)
  profileSubjects!: string[];

  @ApiProperty(CLASS_FIELDS.delivery)
  delivery!: ClassDelivery;

  @ApiProperty(CLASS_FIELDS.teachers)
  teachers!: ClassTeacher[];

  @ApiProperty({ example: 26, description: 'Students in the class now' })
  studentCount!: number;

  @ApiProperty({ example: 1, description: 'Increases with every change' })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export const ProgrammeClassPage = pageOf(ProgrammeClass);

export class ClassListParams extends ListClassesQuery {
  @ApiPropertyOptional(UUID)
  declare schoolId?: string;

  @ApiPropertyOptional({ example: 2024 })
  declare schoolYear?: number;

  @ApiPropertyOptional({ example: 10 })
  declare grade?: number;

  @ApiPropertyOptional({ example: 'sirius_partner_schools' })
  declare programmeCode?: string;

  @ApiPropertyOptional({ example: 'math', description: 'Classes with this profile subject' })
  declare subject?: string;
}

const PERSONAL = {
  surname: { example: 'Воронцова', maxLength: 100 },
  name: { example: 'Алиса', maxLength: 100 },
  patronymic: { example: 'Игоревна', maxLength: 100, type: String, nullable: true },
  birthDate: { ...DATE, example: '2009-03-14' },
  gender: { enum: GENDERS, nullable: true },
  parentContact: {
    example: '+7 913 000-00-00',
    maxLength: 200,
    type: String,
    nullable: true,
    description: 'Only when the school needs it',
  },
} satisfies Record<string, ApiPropertyOptions>;

export class CreateStudent extends CreateStudentCommand {
  @ApiPropertyOptional(SCHOOL_ID)
  declare schoolId?: string;

  @ApiProperty(PERSONAL.surname)
  declare surname: string;

  @ApiProperty(PERSONAL.name)
  declare name: string;

  @ApiPropertyOptional(PERSONAL.patronymic)
  declare patronymic?: string | null;

  @ApiProperty(PERSONAL.birthDate)
  declare birthDate: string;

  @ApiPropertyOptional(PERSONAL.gender)
  declare gender?: Gender | null;

  @ApiPropertyOptional(PERSONAL.parentContact)
  declare parentContact?: string | null;
}

export class Basis extends EnrollmentBasis {
  @ApiProperty({ enum: ENROLLMENT_BASES, description: 'work (ОДР), oge, transfer or other' })
  declare kind: EnrollmentBasisKind;

  @ApiPropertyOptional({ example: 14.5 })
  declare score?: number;

  @ApiPropertyOptional({ example: 12 })
  declare threshold?: number;

  @ApiPropertyOptional({ example: 3 })
  declare rank?: number;
}

export class Membership implements MembershipView {
  @ApiProperty(UUID)
  classId!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty(UUID)
  orderId!: string;

  @ApiProperty(DATE)
  enrolledOn!: string;

  @ApiProperty({ type: Basis })
  basis!: Basis;

  @ApiProperty({ ...DATE, type: String, nullable: true })
  endedOn!: string | null;

  @ApiProperty({ enum: ['withdrawn', 'transferred'], nullable: true })
  endReason!: 'withdrawn' | 'transferred' | null;

  @ApiProperty({ type: String, nullable: true, example: 'moved_away' })
  reasonCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reasonText!: string | null;
}

export class Student implements StudentView {
  @ApiProperty({ ...UUID, description: 'Stable id; events name the student by it' })
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty(PERSONAL.surname)
  surname!: string;

  @ApiProperty(PERSONAL.name)
  name!: string;

  @ApiProperty(PERSONAL.patronymic)
  patronymic!: string | null;

  @ApiProperty(PERSONAL.birthDate)
  birthDate!: string;

  @ApiProperty(PERSONAL.gender)
  gender!: Gender | null;

  @ApiProperty(PERSONAL.parentContact)
  parentContact!: string | null;

  @ApiProperty({ type: [Membership], description: 'Stays in programme classes, oldest first' })
  memberships!: Membership[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export const StudentPage = pageOf(Student);

export class StudentListParams extends ListStudentsQuery {
  @ApiPropertyOptional(UUID)
  declare schoolId?: string;

  @ApiPropertyOptional({ ...UUID, description: 'Students in this class now' })
  declare classId?: string;
}

export class OrderListParams extends ListOrdersQuery {
  @ApiPropertyOptional(UUID)
  declare schoolId?: string;
}

export class CreateOrder extends CreateOrderCommand {
  @ApiPropertyOptional(SCHOOL_ID)
  declare schoolId?: string;

  @ApiProperty({ example: '112-у', maxLength: 50 })
  declare number: string;

  @ApiProperty(DATE)
  declare date: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Transfer-bucket name of the scanned copy; may be attached later',
  })
  declare scanObject?: string | null;
}

export class EnrollmentOrder implements EnrollmentOrderView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: '112-у' })
  number!: string;

  @ApiProperty(DATE)
  date!: string;

  @ApiProperty({ example: false })
  hasScan!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export const EnrollmentOrderPage = pageOf(EnrollmentOrder);

export class EnrollStudent extends OmitType(EnrollStudentCommand, ['studentId'] as const) {
  @ApiProperty(UUID)
  declare classId: string;

  @ApiProperty({ ...UUID, description: 'The enrollment order (приказ о зачислении): required' })
  declare orderId: string;

  @ApiProperty(DATE)
  declare enrolledOn: string;

  @ApiProperty({ type: Basis, description: 'The evidence the enrollment rests on; it stays on the record' })
  declare basis: Basis;
}

export class WithdrawStudent extends OmitType(WithdrawStudentCommand, ['studentId'] as const) {
  @ApiProperty({ example: 2024 })
  declare schoolYear: number;

  @ApiProperty(DATE)
  declare withdrawnOn: string;

  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  declare reasonCode: WithdrawalReason;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    example: 'Семья переехала в Новосибирск',
  })
  declare reasonText?: string | null;
}

export class TransferStudent extends OmitType(TransferStudentCommand, ['studentId'] as const) {
  @ApiProperty(UUID)
  declare toClassId: string;

  @ApiProperty({ ...UUID, description: "The receiving school's order" })
  declare orderId: string;

  @ApiProperty(DATE)
  declare transferredOn: string;
}

export class ClassListProblemItem implements ClassListProblem {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Row as the spreadsheet numbers it (header = 1); null for the whole file',
    example: 7,
  })
  row!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Header of the column as in the file',
    example: 'Дата рождения',
  })
  column!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The cell as read', example: '31.02.2010' })
  value!: string | null;

  @ApiProperty({
    enum: ClassListProblemCode,
    enumName: 'ClassListProblemCode',
    example: ClassListProblemCode.VALUE_INVALID,
  })
  code!: ClassListProblemCode;

  @ApiProperty({
    description: 'For the user, in Russian',
    example: '«31.02.2010» — не дата рождения школьника: нужна дата вида 14.03.2009',
  })
  message!: string;
}

/** The 422 problem of a rejected class list: problem details with the row-level report. */
export class ClassListInvalidProblem extends ProblemDetails implements ClassListInvalidReport {
  @ApiProperty({ example: EnrollmentErrorCode.CLASS_LIST_INVALID })
  declare code: string;

  @ApiProperty({ type: [ClassListProblemItem], description: 'The first 200 problems, by row' })
  problems!: ClassListProblemItem[];

  @ApiProperty({ description: 'All problems found', example: 2 })
  problemCount!: number;

  @ApiProperty({ description: 'Data rows of the file', example: 26 })
  rowCount!: number;
}

export class ImportedClassList implements ImportedClassListView {
  @ApiProperty(UUID)
  classId!: string;

  @ApiProperty({ example: 26, description: 'Students enrolled by the file' })
  enrolled!: number;

  @ApiProperty({ example: 24, description: 'Of them, students registered by the file' })
  registered!: number;
}

/** The text fields of a class list upload (the file is the part `file`). */
export class ClassListUploadFields extends PickType(ImportClassListCommand, [
  'orderId',
  'enrolledOn',
] as const) {}

/** `multipart/form-data` of POST /classes/{id}/list, for OpenAPI. */
export const CLASS_LIST_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['orderId', 'enrolledOn', 'file'],
  properties: {
    orderId: {
      type: 'string',
      format: 'uuid',
      description: 'The enrollment order the students are enrolled by',
    },
    enrolledOn: { type: 'string', format: 'date', example: '2024-09-01' },
    file: {
      type: 'string',
      format: 'binary',
      description:
        'XLSX (first visible sheet) or CSV in UTF-8 or Windows-1251 with ";" or ","; at most 2 MB and 500 rows. Headers: "Фамилия"/"surname", ' +
        '"Имя"/"name", "Дата рождения"/"birth date" (14.03.2009 or 2009-03-14); optional "Отчество"/"patronymic", "Пол"/"gender" (м/ж), ' +
        '"Контакт родителя"/"parent contact"; other columns are ignored.',
    },
  },
};

export class CreateCampaign extends CreateCampaignCommand {
  @ApiPropertyOptional(SCHOOL_ID)
  declare schoolId?: string;

  @ApiProperty({ example: 7 })
  declare grade: number;

  @ApiProperty({ example: 2024 })
  declare schoolYear: number;

  @ApiProperty({
    enum: SELECTION_BASES,
    description: 'work: a selection diagnostic work (ОДР); oge: OGE results entered',
  })
  declare basis: SelectionBasis;

  @ApiPropertyOptional({ ...UUID, description: 'The selection work; required when the basis is a work' })
  declare workId?: string;

  @ApiProperty({ example: 13, description: 'Lowest score recommended' })
  declare threshold: number;

  @ApiProperty({ example: 25, description: 'Places in the class' })
  declare quota: number;
}

export class Candidate implements CandidateView {
  @ApiProperty({
    ...UUID,
    type: String,
    nullable: true,
    description: 'Null for a participant code no student is linked to yet',
  })
  studentId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'S03-017' })
  participantCode!: string | null;

  @ApiProperty({ example: 15 })
  score!: number;

  @ApiProperty({ type: Number, nullable: true, example: 4, description: 'Extra testing: breaks ties' })
  extraScore!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description: 'Competition rank (1, 2, 2, 4); null before ranking',
  })
  rank!: number | null;

  @ApiProperty({ description: 'At or above the threshold' })
  eligible!: boolean;

  @ApiProperty({
    description: 'Eligible with a rank within the quota (all candidates tied for the last place are)',
  })
  recommended!: boolean;
}

export class Campaign implements CampaignView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: 7 })
  grade!: number;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({ enum: SELECTION_BASES })
  basis!: SelectionBasis;

  @ApiProperty({ ...UUID, type: String, nullable: true })
  workId!: string | null;

  @ApiProperty({ example: 13 })
  threshold!: number;

  @ApiProperty({ example: 25 })
  quota!: number;

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  rankedAt!: string | null;

  @ApiProperty({ type: [Candidate], description: 'By rank' })
  candidates!: Candidate[];
}

export const CampaignPage = pageOf(Campaign);

export class CampaignListParams extends ListCampaignsQuery {
  @ApiPropertyOptional(UUID)
  declare schoolId?: string;

  @ApiPropertyOptional({ example: 2024 })
  declare schoolYear?: number;
}

export class CandidateEntry extends CandidateScore {
  @ApiProperty(UUID)
  declare studentId: string;

  @ApiPropertyOptional({ example: 25, description: 'The OGE result (OGE campaigns)' })
  declare score?: number;

  @ApiPropertyOptional({ example: 4, description: 'Extra testing: breaks ties' })
  declare extraScore?: number;
}

export class RecordCandidates extends OmitType(RecordCandidatesCommand, ['campaignId'] as const) {
  @ApiProperty({ type: [CandidateEntry] })
  declare candidates: CandidateEntry[];
}

export class EnrollFromCampaign extends OmitType(EnrollFromCampaignCommand, ['campaignId'] as const) {
  @ApiProperty(UUID)
  declare classId: string;

  @ApiProperty({ ...UUID, description: 'The enrollment order: required' })
  declare orderId: string;

  @ApiProperty(DATE)
  declare enrolledOn: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Some of the recommended students; all of them when left out',
  })
  declare studentIds?: string[];
}

export class EnrolledFromCampaign implements EnrolledFromCampaignView {
  @ApiProperty(UUID)
  campaignId!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  enrolled!: string[];
}

export class LinkParticipantCode extends OmitType(LinkParticipantCodeCommand, ['studentId'] as const) {
  @ApiProperty({ ...UUID, description: 'The diagnostic work' })
  declare workId: string;

  @ApiProperty({ example: 'S03-017', description: 'The code the student wrote the work under' })
  declare participantCode: string;
}

export class ParticipantCodeLink extends LinkParticipantCodeCommand {
  @ApiProperty(UUID)
  declare studentId: string;

  @ApiProperty(UUID)
  declare workId: string;

  @ApiProperty({ example: 'S03-017' })
  declare participantCode: string;
}

export class TrajectoryEntry implements TrajectoryEntryView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty({ example: 'intermediate' })
  kind!: string;

  @ApiProperty({ example: 'math' })
  subject!: string;

  @ApiProperty({ example: 'Промежуточная диагностическая работа по математике, 7 класс' })
  title!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty(DATE)
  windowFrom!: string;

  @ApiProperty({ example: 'S03-017' })
  participantCode!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 14.5,
    description: 'Null while no protocol with the code has arrived',
  })
  total!: number | null;
}

export class Trajectory implements TrajectoryView {
  @ApiProperty(UUID)
  studentId!: string;

  @ApiProperty({ type: [TrajectoryEntry], description: 'Oldest work first' })
  works!: TrajectoryEntry[];
}
