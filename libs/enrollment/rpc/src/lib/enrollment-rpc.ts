import { ByIdRequest, defineRpc, ListQuery, pageOf, TransferFileView } from '@orbita/contracts';
import {
  CreateClassCommand,
  CreateSubjectCommand,
  ListClassesQuery,
  ProgrammeClassView,
  SubjectView,
  UpdateClassCommand,
} from './classes';
import { ImportClassListCommand, ImportedClassListView } from './class-list-import';
import {
  LinkParticipantCodeCommand,
  ParticipantCodeLinkView,
  TrajectoryView,
  UnlinkParticipantCodeCommand,
} from './participant-codes';
import {
  CampaignView,
  CreateCampaignCommand,
  EnrolledFromCampaignView,
  EnrollFromCampaignCommand,
  ListCampaignsQuery,
  RecordCandidatesCommand,
} from './selection';
import {
  CreateOrderCommand,
  CreateStudentCommand,
  EnrollmentOrderView,
  EnrollStudentCommand,
  ListOrdersQuery,
  ListStudentsQuery,
  StudentView,
  TransferStudentCommand,
  WithdrawStudentCommand,
} from './students';
import { SyncRosterQuery, SyncRosterView } from './sync-roster';

/**
 * Request/reply operations of enrollment (`<service>.<verb>.<noun>`). Records belong to schools, so nearly
 * every operation is school-scoped: a school account works within its own school only.
 */
export const ENROLLMENT_RPC = {
  listSubjects: defineRpc({
    subject: 'enrollment.list.subjects',
    request: ListQuery,
    response: [SubjectView],
    permission: 'classes:read',
    scope: 'open',
  }),
  /** Only the regional centre extends the list of subjects. */
  createSubject: defineRpc({
    subject: 'enrollment.create.subject',
    request: CreateSubjectCommand,
    response: SubjectView,
    permission: 'classes:write',
    scope: 'region',
  }),
  listClasses: defineRpc({
    subject: 'enrollment.list.classes',
    request: ListClassesQuery,
    response: pageOf(ProgrammeClassView),
    permission: 'classes:read',
    scope: 'school',
  }),
  getClass: defineRpc({
    subject: 'enrollment.get.class',
    request: ByIdRequest,
    response: ProgrammeClassView,
    permission: 'classes:read',
    scope: 'school',
  }),
  createClass: defineRpc({
    subject: 'enrollment.create.class',
    request: CreateClassCommand,
    response: ProgrammeClassView,
    permission: 'classes:write',
    scope: 'school',
  }),
  updateClass: defineRpc({
    subject: 'enrollment.update.class',
    request: UpdateClassCommand,
    response: ProgrammeClassView,
    permission: 'classes:write',
    scope: 'school',
  }),
  listStudents: defineRpc({
    subject: 'enrollment.list.students',
    request: ListStudentsQuery,
    response: pageOf(StudentView),
    permission: 'students:read',
    scope: 'school',
  }),
  getStudent: defineRpc({
    subject: 'enrollment.get.student',
    request: ByIdRequest,
    response: StudentView,
    permission: 'students:read',
    scope: 'school',
  }),
  createStudent: defineRpc({
    subject: 'enrollment.create.student',
    request: CreateStudentCommand,
    response: StudentView,
    permission: 'students:write',
    scope: 'school',
  }),
  createOrder: defineRpc({
    subject: 'enrollment.create.order',
    request: CreateOrderCommand,
    response: EnrollmentOrderView,
    permission: 'students:write',
    scope: 'school',
  }),
  listOrders: defineRpc({
    subject: 'enrollment.list.orders',
    request: ListOrdersQuery,
    response: pageOf(EnrollmentOrderView),
    permission: 'students:read',
    scope: 'school',
  }),
  enrollStudent: defineRpc({
    subject: 'enrollment.enroll.student',
    request: EnrollStudentCommand,
    response: StudentView,
    permission: 'students:write',
    scope: 'school',
  }),
  withdrawStudent: defineRpc({
    subject: 'enrollment.withdraw.student',
    request: WithdrawStudentCommand,
    response: StudentView,
    permission: 'students:write',
    scope: 'school',
  }),
  transferStudent: defineRpc({
    subject: 'enrollment.transfer.student',
    request: TransferStudentCommand,
    response: StudentView,
    permission: 'students:write',
    scope: 'school',
  }),
  /** Reads, validates and stores the class list waiting in the transfer bucket; deletes it, accepted or not. */
  importClassList: defineRpc({
    subject: 'enrollment.import.class-list',
    request: ImportClassListCommand,
    response: ImportedClassListView,
    permission: 'students:write',
    scope: 'school',
  }),
  /** The XLSX template of a class's list (the class's id), left in the transfer bucket. */
  exportClassListTemplate: defineRpc({
    subject: 'enrollment.export.class-list-template',
    request: ByIdRequest,
    response: TransferFileView,
    permission: 'students:write',
    scope: 'school',
  }),
  createCampaign: defineRpc({
    subject: 'enrollment.create.campaign',
    request: CreateCampaignCommand,
    response: CampaignView,
    permission: 'selection:manage',
    scope: 'school',
  }),
  getCampaign: defineRpc({
    subject: 'enrollment.get.campaign',
    request: ByIdRequest,
    response: CampaignView,
    permission: 'selection:manage',
    scope: 'school',
  }),
  listCampaigns: defineRpc({
    subject: 'enrollment.list.campaigns',
    request: ListCampaignsQuery,
    response: pageOf(CampaignView),
    permission: 'selection:manage',
    scope: 'school',
  }),
  recordCandidates: defineRpc({
    subject: 'enrollment.record.candidates',
    request: RecordCandidatesCommand,
    response: CampaignView,
    permission: 'selection:manage',
    scope: 'school',
  }),
  rankCampaign: defineRpc({
    subject: 'enrollment.rank.campaign',
    request: ByIdRequest,
    response: CampaignView,
    permission: 'selection:manage',
    scope: 'school',
  }),
  enrollFromCampaign: defineRpc({
    subject: 'enrollment.enroll.from-campaign',
    request: EnrollFromCampaignCommand,
    response: EnrolledFromCampaignView,
    permission: 'selection:manage',
    scope: 'school',
  }),
  linkParticipantCode: defineRpc({
    subject: 'enrollment.link.participant-code',
    request: LinkParticipantCodeCommand,
    response: ParticipantCodeLinkView,
    permission: 'students:write',
    scope: 'school',
  }),
  unlinkParticipantCode: defineRpc({
    subject: 'enrollment.unlink.participant-code',
    request: UnlinkParticipantCodeCommand,
    response: null,
    permission: 'students:write',
    scope: 'school',
  }),
  getTrajectory: defineRpc({
    subject: 'enrollment.get.trajectory',
    request: ByIdRequest,
    response: TrajectoryView,
    permission: 'students:read',
    scope: 'school',
  }),
  /**
   * A school's students in programme classes of the current school year, with names and birth dates, for the
   * integration service's reconciliation with the Sirius.Schools platform (a read of personal data, logged).
   * Called by the integration service over the bus, never exposed by the gateway.
   */
  listSyncRoster: defineRpc({
    subject: 'enrollment.list.sync-roster',
    request: SyncRosterQuery,
    response: SyncRosterView,
    permission: 'students:read',
    scope: 'school',
    callers: ['integration'],
  }),
} as const;
