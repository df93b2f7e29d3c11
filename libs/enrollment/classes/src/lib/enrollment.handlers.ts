import { Injectable } from '@nestjs/common';
import { schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  ENROLLMENT_RPC,
  type CreateCampaignCommand,
  type CreateClassCommand,
  type CreateOrderCommand,
  type CreateStudentCommand,
  type CreateSubjectCommand,
  type EnrollFromCampaignCommand,
  type EnrollStudentCommand,
  type ImportClassListCommand,
  type LinkParticipantCodeCommand,
  type ListCampaignsQuery,
  type ListClassesQuery,
  type ListOrdersQuery,
  type ListStudentsQuery,
  type RecordCandidatesCommand,
  type TransferStudentCommand,
  type UnlinkParticipantCodeCommand,
  type UpdateClassCommand,
  type WithdrawStudentCommand,
} from '@orbita/enrollment/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ClassesService } from './classes/classes.service';
import { Directory } from './directory/directory';
import { ClassListImportService } from './import/class-list-import.service';
import { ParticipantLinksService } from './scores/participant-links.service';
import { TrajectoryService } from './scores/trajectory.service';
import { SelectionService } from './selection/selection.service';
import { SCHOOL_CHOICE_ERRORS } from './shared/enrollment-errors';
import { StudentsService } from './students/students.service';

/**
 * Subjects, programme classes, students, orders and selection over request/reply. The host has checked
 * each contract's permission and scope; handlers confine school accounts to their `scope`.
 */
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

  @RpcHandler(ENROLLMENT_RPC.listSubjects)
  listSubjects() {
    return this.classes.listSubjects();
  }

  @RpcHandler(ENROLLMENT_RPC.createSubject)
  createSubject(command: CreateSubjectCommand) {
    return this.classes.createSubject(command);
  }

  @RpcHandler(ENROLLMENT_RPC.listClasses)
  listClasses(query: ListClassesQuery, _actor: Actor, scope: SchoolScope) {
    return this.classes.list(query, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.getClass)
  getClass(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.classes.get(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.createClass)
  async createClass(command: CreateClassCommand, _actor: Actor, scope: SchoolScope) {
    const schoolId = await this.directory.requireSchool(
      schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS),
    );
    await this.directory.requireTeachers(command.teachers, schoolId);
    return this.classes.create(command, schoolId);
  }

  @RpcHandler(ENROLLMENT_RPC.updateClass)
  async updateClass(command: UpdateClassCommand, _actor: Actor, scope: SchoolScope) {
    const current = await this.classes.get(command.id, scope);
    await this.directory.requireTeachers(command.teachers, current.schoolId, current.teachers);
    return this.classes.update(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.listStudents)
  listStudents(query: ListStudentsQuery, _actor: Actor, scope: SchoolScope) {
    return this.students.list(query, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.getStudent)
  getStudent(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.students.get(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.createStudent)
  async createStudent(command: CreateStudentCommand, _actor: Actor, scope: SchoolScope) {
    const schoolId = schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS);
    return this.students.create(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.createOrder)
  async createOrder(command: CreateOrderCommand, _actor: Actor, scope: SchoolScope) {
    const schoolId = schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS);
    return this.students.createOrder(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.listOrders)
  listOrders(query: ListOrdersQuery, _actor: Actor, scope: SchoolScope) {
    return this.students.listOrders(query, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.enrollStudent)
  enroll(command: EnrollStudentCommand, _actor: Actor, scope: SchoolScope) {
    return this.students.enroll(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.withdrawStudent)
  withdraw(command: WithdrawStudentCommand, _actor: Actor, scope: SchoolScope) {
    return this.students.withdraw(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.transferStudent)
  transfer(command: TransferStudentCommand, _actor: Actor, scope: SchoolScope) {
    return this.students.transfer(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.importClassList)
  importClassList(command: ImportClassListCommand, _actor: Actor, scope: SchoolScope) {
    return this.classLists.import(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.exportClassListTemplate)
  exportClassListTemplate(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.classLists.template(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.getTrajectory)
  trajectory(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.trajectories.get(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.linkParticipantCode)
  linkParticipantCode(command: LinkParticipantCodeCommand, _actor: Actor, scope: SchoolScope) {
    return this.links.link(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.unlinkParticipantCode)
  unlinkParticipantCode(command: UnlinkParticipantCodeCommand, _actor: Actor, scope: SchoolScope) {
    return this.links.unlink(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.createCampaign)
  async createCampaign(command: CreateCampaignCommand, _actor: Actor, scope: SchoolScope) {
    const schoolId = schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS);
    return this.selection.create(command, await this.directory.requireSchool(schoolId));
  }

  @RpcHandler(ENROLLMENT_RPC.getCampaign)
  getCampaign(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.selection.get(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.listCampaigns)
  listCampaigns(query: ListCampaignsQuery, _actor: Actor, scope: SchoolScope) {
    return this.selection.list(query, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.recordCandidates)
  recordCandidates(command: RecordCandidatesCommand, _actor: Actor, scope: SchoolScope) {
    return this.selection.recordCandidates(command, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.rankCampaign)
  rankCampaign(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.selection.rank(request.id, scope);
  }

  @RpcHandler(ENROLLMENT_RPC.enrollFromCampaign)
  enrollFromCampaign(command: EnrollFromCampaignCommand, _actor: Actor, scope: SchoolScope) {
    return this.selection.enroll(command, scope);
  }
}
