import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ENROLLMENT_RPC,
  STUDENT_SORT_FIELDS,
  type EnrollmentOrderView,
  type LinkParticipantCodeCommand,
  type Page,
  type StudentView,
  type TrajectoryView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import {
  CreateOrder,
  CreateStudent,
  EnrollmentOrder,
  EnrollmentOrderPage,
  EnrollStudent,
  LinkParticipantCode,
  OrderListParams,
  ParticipantCodeLink,
  Student,
  StudentListParams,
  StudentPage,
  Trajectory,
  TransferStudent,
  WithdrawStudent,
} from './enrollment.dto';

/**
 * `/api/v1/students`: students of programme classes. Personal data: visible within the school and to the
 * regional centre only, and every read is audited.
 */
@ApiTags('students')
@Controller('students')
@AuditResource('student')
@RequirePermission('students:read')
export class StudentsController {
  constructor(@Inject(ServiceClient) private readonly enrollment: ServiceClient) {}

  @Get()
  @ReadsPersonalData()
  @ApiOperation({ summary: 'List students (a school account sees its own school’s)' })
  @ApiListQuery({ sortable: STUDENT_SORT_FIELDS, search: 'Part of the surname or name' })
  @ApiOkResponse({ type: StudentPage })
  @ApiProblemResponses(400)
  list(@Query() query: StudentListParams, @CurrentActor() actor: Actor): Promise<Page<StudentView>> {
    return this.enrollment.request(ENROLLMENT_RPC.listStudents, query, actor);
  }

  @Post()
  @RequirePermission('students:write')
  @ApiOperation({ summary: 'Register a student (minimal personal data)' })
  @ApiCreatedResponse({ type: Student })
  @ApiProblemResponses(400, 403, 404)
  create(@Body() body: CreateStudent, @CurrentActor() actor: Actor): Promise<StudentView> {
    return this.enrollment.request(ENROLLMENT_RPC.createStudent, body, actor);
  }

  @Get(':id')
  @ReadsPersonalData()
  @ApiOperation({ summary: 'One student’s record with their class memberships and enrollment bases' })
  @ApiOkResponse({ type: Student })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<StudentView> {
    return this.enrollment.request(ENROLLMENT_RPC.getStudent, { id }, actor);
  }

  @Post(':id/enrollments')
  @RequirePermission('students:write')
  @ApiOperation({
    summary: 'Enroll the student in a class by an order',
    description:
      'One class per school year (409 otherwise); a basis score below zero or below its threshold answers 422. ' +
      '`enrollment.student.enrolled.v1` is published.',
  })
  @ApiCreatedResponse({ type: Student })
  @ApiProblemResponses(400, 404, 409, 422)
  enroll(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EnrollStudent,
    @CurrentActor() actor: Actor,
  ): Promise<StudentView> {
    return this.enrollment.request(ENROLLMENT_RPC.enrollStudent, { ...body, studentId: id }, actor);
  }

  @Post(':id/withdrawal')
  @RequirePermission('students:write')
  @ApiOperation({
    summary: 'Withdraw the student from their class of a school year',
    description: '`enrollment.student.withdrawn.v1` is published.',
  })
  @ApiCreatedResponse({ type: Student })
  @ApiProblemResponses(400, 404, 409)
  withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WithdrawStudent,
    @CurrentActor() actor: Actor,
  ): Promise<StudentView> {
    return this.enrollment.request(ENROLLMENT_RPC.withdrawStudent, { ...body, studentId: id }, actor);
  }

  @Post(':id/transfer')
  @RequirePermission('students:write')
  @ApiOperation({
    summary: 'Move the student to another class',
    description: '`enrollment.student.transferred.v1` is published.',
  })
  @ApiCreatedResponse({ type: Student })
  @ApiProblemResponses(400, 404, 409)
  transfer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransferStudent,
    @CurrentActor() actor: Actor,
  ): Promise<StudentView> {
    return this.enrollment.request(ENROLLMENT_RPC.transferStudent, { ...body, studentId: id }, actor);
  }

  @Get(':id/trajectory')
  @ReadsPersonalData()
  @ApiOperation({
    summary: 'The student’s diagnostic works over time with their results, joined by participant codes',
  })
  @ApiOkResponse({ type: Trajectory })
  @ApiProblemResponses(400, 404)
  trajectory(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<TrajectoryView> {
    return this.enrollment.request(ENROLLMENT_RPC.getTrajectory, { id }, actor);
  }

  @Post(':id/participant-codes')
  @RequirePermission('students:write')
  @AuditResource('participant_code_link')
  @ApiOperation({
    summary: 'Link the student to the participant code they wrote a diagnostic work under',
    description:
      'Only a code issued to the student’s school for a work of the student’s grade (422 otherwise); a code linked to another student answers 409 (unlink it first).',
  })
  @ApiCreatedResponse({ type: ParticipantCodeLink })
  @ApiProblemResponses(400, 404, 409, 422)
  linkCode(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LinkParticipantCode,
    @CurrentActor() actor: Actor,
  ): Promise<LinkParticipantCodeCommand> {
    return this.enrollment.request(ENROLLMENT_RPC.linkParticipantCode, { ...body, studentId: id }, actor);
  }

  @Delete(':id/participant-codes/:workId')
  @HttpCode(204)
  @RequirePermission('students:write')
  @AuditResource('participant_code_link')
  @ApiOperation({ summary: 'Unlink the student from their participant code of the work' })
  @ApiNoContentResponse({ description: 'Unlinked' })
  @ApiProblemResponses(400, 404)
  async unlinkCode(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('workId', ParseUUIDPipe) workId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.enrollment.request(ENROLLMENT_RPC.unlinkParticipantCode, { studentId: id, workId }, actor);
  }
}

/** `/api/v1/enrollment-orders`: schools' enrollment orders (приказы о зачислении). */
@ApiTags('students')
@Controller('enrollment-orders')
@AuditResource('enrollment_order')
@RequirePermission('students:read')
export class EnrollmentOrdersController {
  constructor(@Inject(ServiceClient) private readonly enrollment: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'List enrollment orders' })
  @ApiListQuery({ sortable: ['date', 'id'], search: 'Part of the number' })
  @ApiOkResponse({ type: EnrollmentOrderPage })
  @ApiProblemResponses(400)
  list(@Query() query: OrderListParams, @CurrentActor() actor: Actor): Promise<Page<EnrollmentOrderView>> {
    return this.enrollment.request(ENROLLMENT_RPC.listOrders, query, actor);
  }

  @Post()
  @RequirePermission('students:write')
  @ApiOperation({ summary: 'Register an enrollment order; the scanned copy may follow later' })
  @ApiCreatedResponse({ type: EnrollmentOrder })
  @ApiProblemResponses(400, 403, 404, 409)
  create(@Body() body: CreateOrder, @CurrentActor() actor: Actor): Promise<EnrollmentOrderView> {
    return this.enrollment.request(ENROLLMENT_RPC.createOrder, body, actor);
  }
}
