import { ENROLLMENT_RPC, STUDENT_SORT_FIELDS } from '@orbita/enrollment/rpc';
import { resource, route } from '@orbita/gateway/resources';

/**
 * `/api/v1/students`: students of programme classes. Personal data: visible within the school and to the
 * regional centre only, and every read is audited.
 */
export const StudentsController = resource({
  name: 'Students',
  path: 'students',
  tag: 'students',
  audit: 'student',
  routes: [
    route.get('', 'list', ENROLLMENT_RPC.listStudents, {
      summary: 'List students (a school account sees its own school’s)',
      list: { sortable: STUDENT_SORT_FIELDS, search: 'Part of the surname or name' },
      personalData: true,
      problems: [400],
    }),
    route.post('', 'create', ENROLLMENT_RPC.createStudent, {
      summary: 'Register a student (minimal personal data)',
      bodySchema: 'CreateStudent',
      problems: [400, 404],
    }),
    route.get(':id', 'get', ENROLLMENT_RPC.getStudent, {
      summary: 'One student’s record with their class memberships and enrollment bases',
      personalData: true,
      problems: [400, 404],
    }),
    route.post(':id/enrollments', 'enroll', ENROLLMENT_RPC.enrollStudent, {
      summary: 'Enroll the student in a class by an order',
      details:
        'One class per school year (409 otherwise); a basis score below zero or below its threshold answers 422. ' +
        '`enrollment.student.enrolled.v1` is published.',
      params: { id: 'studentId' },
      bodySchema: 'EnrollStudent',
      problems: [400, 404, 409, 422],
    }),
    route.post(':id/withdrawal', 'withdraw', ENROLLMENT_RPC.withdrawStudent, {
      summary: 'Withdraw the student from their class of a school year',
      details: '`enrollment.student.withdrawn.v1` is published.',
      params: { id: 'studentId' },
      bodySchema: 'WithdrawStudent',
      problems: [400, 404, 409],
    }),
    route.post(':id/transfer', 'transfer', ENROLLMENT_RPC.transferStudent, {
      summary: 'Move the student to another class',
      details: '`enrollment.student.transferred.v1` is published.',
      params: { id: 'studentId' },
      bodySchema: 'TransferStudent',
      problems: [400, 404, 409],
    }),
    route.get(':id/trajectory', 'trajectory', ENROLLMENT_RPC.getTrajectory, {
      summary: 'The student’s diagnostic works over time with their results, joined by participant codes',
      personalData: true,
      problems: [400, 404],
    }),
  ],
});

/** `/api/v1/students/{id}/participant-codes`: a student's links to participant codes, audited as such. */
export const StudentParticipantCodesController = resource({
  name: 'Students',
  path: 'students',
  tag: 'students',
  audit: 'participant_code_link',
  routes: [
    route.post(':id/participant-codes', 'linkCode', ENROLLMENT_RPC.linkParticipantCode, {
      summary: 'Link the student to the participant code they wrote a diagnostic work under',
      details:
        'Only a code issued to the student’s school for a work of the student’s grade (422 otherwise); a code linked to another student answers 409 (unlink it first).',
      params: { id: 'studentId' },
      bodySchema: 'LinkParticipantCode',
      problems: [400, 404, 409, 422],
    }),
    route.delete(':id/participant-codes/:workId', 'unlinkCode', ENROLLMENT_RPC.unlinkParticipantCode, {
      summary: 'Unlink the student from their participant code of the work',
      description: 'Unlinked',
      params: { id: 'studentId' },
      problems: [400, 404],
    }),
  ],
});

/** `/api/v1/enrollment-orders`: schools' enrollment orders (приказы о зачислении). */
export const EnrollmentOrdersController = resource({
  name: 'EnrollmentOrders',
  path: 'enrollment-orders',
  tag: 'students',
  audit: 'enrollment_order',
  routes: [
    route.get('', 'list', ENROLLMENT_RPC.listOrders, {
      summary: 'List enrollment orders',
      list: { sortable: ['date', 'id'], search: 'Part of the number' },
      problems: [400],
    }),
    route.post('', 'create', ENROLLMENT_RPC.createOrder, {
      summary: 'Register an enrollment order; the scanned copy may follow later',
      bodySchema: 'CreateOrder',
      problems: [400, 404, 409],
    }),
  ],
});
