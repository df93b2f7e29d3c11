import { Injectable } from '@nestjs/common';
import { schoolScopeOf } from '@orbita/auth';
import {
  ByIdRequest,
  CreateCampaignCommand,
  CreateClassCommand,
  CreateOrderCommand,
  CreateStudentCommand,
  CreateSubjectCommand,
  ENROLLMENT_RPC,
  EnrollFromCampaignCommand,
  EnrollStudentCommand,
  ImportClassListCommand,
  LinkParticipantCodeCommand,
  ListCampaignsQuery,
  ListClassesQuery,
  ListOrdersQuery,
  ListQuery,
  ListStudentsQuery,
  RecordCandidatesCommand,
  TransferStudentCommand,
  UnlinkParticipantCodeCommand,
  UpdateClassCommand,
  WithdrawStudentCommand,
} from '@orbita/contracts';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import type { RpcContext } from '@orbita/messaging';
import { actorWith, RpcHandler } from '@orbita/service-host';
import { ClassesService } from './classes/classes.service';
import { Directory } from './directory/directory';
import { ClassListImportService } from './import/class-list-import.service';
import { ParticipantLinksService } from './scores/participant-links.service';
import { TrajectoryService } from './scores/trajectory.service';
import { SelectionService } from './selection/selection.service';
import { schoolFor } from './shared/access';
import { StudentsService } from './students/students.service';

/** Subjects, programme classes, students and orders over request/reply. */
@Injectable()
export class EnrollmentHandlers {
  constructor(
    private readonly classes: ClassesService,
    private readonly students: StudentsService,
    private readonly classLists: ClassListImportService,
    private readonly selection: SelectionService,
    private readonly trajectories: TrajectoryService,
    private readonly links: ParticipantLinksService,
    private readonly directory: Directory,
  ) {}

  @RpcHandler(ENROLLMENT_RPC.listSubjects, ListQuery)
  listSubjects(_query: ListQuery, context: RpcContext) {
    actorWith(context, 'classes:read');
    return this.classes.listSubjects();
  }

  @RpcHandler(ENROLLMENT_RPC.createSubject, CreateSubjectCommand)
  createSubject(command: CreateSubjectCommand, context: RpcContext) {
    if (schoolScopeOf(actorWith(context, 'classes:write')) !== null)
      throw new CodedException(
        CommonErrorCode.FORBIDDEN,
        403,
        'Only the regional centre extends the list of subjects',
      );
    return this.classes.createSubject(command);
  }

  @RpcHandler(ENROLLMENT_RPC.listClasses, ListClassesQuery)
  listClasses(query: ListClassesQuery, context: RpcContext) {
    return this.classes.list(query, schoolScopeOf(actorWith(context, 'classes:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.getClass, ByIdRequest)
  getClass(request: ByIdRequest, context: RpcContext) {
    return this.classes.get(request.id, schoolScopeOf(actorWith(context, 'classes:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.createClass, CreateClassCommand)
  async createClass(command: CreateClassCommand, context: RpcContext) {
    const schoolId = await this.directory.requireSchool(
      schoolFor(actorWith(context, 'classes:write'), command.schoolId),
    );
    await this.directory.requireTeachers(command.teachers, schoolId);
    return this.classes.create(command, schoolId);
  }

  @RpcHandler(ENROLLMENT_RPC.updateClass, UpdateClassCommand)
  async updateClass(command: UpdateClassCommand, context: RpcContext) {
    const scope = schoolScopeOf(actorWith(context, 'classes:write'));
    const current = await this.classes.get(command.id, scope);
    await this.directory.requireTeachers(command.teachers, current.schoolId, current.teachers);
    return this.classes.update(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.listStudents, ListStudentsQuery)
  listStudents(query: ListStudentsQuery, context: RpcContext) {
    return this.students.list(query, schoolScopeOf(actorWith(context, 'students:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.getStudent, ByIdRequest)
  getStudent(request: ByIdRequest, context: RpcContext) {
    return this.students.get(request.id, schoolScopeOf(actorWith(context, 'students:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.createStudent, CreateStudentCommand)
  async createStudent(command: CreateStudentCommand, context: RpcContext) {
    const schoolId = schoolFor(actorWith(context, 'students:write'), command.schoolId);
    return this.students.create(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.createOrder, CreateOrderCommand)
  async createOrder(command: CreateOrderCommand, context: RpcContext) {
    const schoolId = schoolFor(actorWith(context, 'students:write'), command.schoolId);
    return this.students.createOrder(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.listOrders, ListOrdersQuery)
  listOrders(query: ListOrdersQuery, context: RpcContext) {
    return this.students.listOrders(query, schoolScopeOf(actorWith(context, 'students:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.enrollStudent, EnrollStudentCommand)
  enroll(command: EnrollStudentCommand, context: RpcContext) {
    return this.students.enroll(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.withdrawStudent, WithdrawStudentCommand)
  withdraw(command: WithdrawStudentCommand, context: RpcContext) {
    return this.students.withdraw(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.transferStudent, TransferStudentCommand)
  transfer(command: TransferStudentCommand, context: RpcContext) {
    return this.students.transfer(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.importClassList, ImportClassListCommand)
  importClassList(command: ImportClassListCommand, context: RpcContext) {
    return this.classLists.import(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.exportClassListTemplate, ByIdRequest)
  exportClassListTemplate(request: ByIdRequest, context: RpcContext) {
    return this.classLists.template(request.id, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.getTrajectory, ByIdRequest)
  trajectory(request: ByIdRequest, context: RpcContext) {
    return this.trajectories.get(request.id, schoolScopeOf(actorWith(context, 'students:read')));
  }

  @RpcHandler(ENROLLMENT_RPC.linkParticipantCode, LinkParticipantCodeCommand)
  linkParticipantCode(command: LinkParticipantCodeCommand, context: RpcContext) {
    return this.links.link(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.unlinkParticipantCode, UnlinkParticipantCodeCommand)
  unlinkParticipantCode(command: UnlinkParticipantCodeCommand, context: RpcContext) {
    return this.links.unlink(command, schoolScopeOf(actorWith(context, 'students:write')));
  }

  @RpcHandler(ENROLLMENT_RPC.createCampaign, CreateCampaignCommand)
  async createCampaign(command: CreateCampaignCommand, context: RpcContext) {
    const schoolId = schoolFor(actorWith(context, 'selection:manage'), command.schoolId);
    return this.selection.create(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.getCampaign, ByIdRequest)
  getCampaign(request: ByIdRequest, context: RpcContext) {
    return this.selection.get(request.id, schoolScopeOf(actorWith(context, 'selection:manage')));
  }

  @RpcHandler(ENROLLMENT_RPC.listCampaigns, ListCampaignsQuery)
  listCampaigns(query: ListCampaignsQuery, context: RpcContext) {
    return this.selection.list(query, schoolScopeOf(actorWith(context, 'selection:manage')));
  }

  @RpcHandler(ENROLLMENT_RPC.recordCandidates, RecordCandidatesCommand)
  recordCandidates(command: RecordCandidatesCommand, context: RpcContext) {
    return this.selection.recordCandidates(command, schoolScopeOf(actorWith(context, 'selection:manage')));
  }

  @RpcHandler(ENROLLMENT_RPC.rankCampaign, ByIdRequest)
  rankCampaign(request: ByIdRequest, context: RpcContext) {
    return this.selection.rank(request.id, schoolScopeOf(actorWith(context, 'selection:manage')));
  }

  @RpcHandler(ENROLLMENT_RPC.enrollFromCampaign, EnrollFromCampaignCommand)
  enrollFromCampaign(command: EnrollFromCampaignCommand, context: RpcContext) {
    return this.selection.enroll(command, schoolScopeOf(actorWith(context, 'selection:manage')));
  }
}
