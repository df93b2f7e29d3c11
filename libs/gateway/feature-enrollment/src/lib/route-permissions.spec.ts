import type { Permission } from '@orbita/auth';
import { AUDIT_RESOURCE, READS_PERSONAL_DATA, REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import { ClassesController, SubjectsController } from './classes.controller';
import { ClassListController } from './class-list.controller';
import { SelectionController } from './selection.controller';
import {
  EnrollmentOrdersController,
  StudentParticipantCodesController,
  StudentsController,
} from './students.controller';

type Controller = new (...args: never[]) => unknown;
const methodsOf = (controller: Controller) =>
  Object.getOwnPropertyNames(controller.prototype).filter((name) => name !== 'constructor');
const handler = (controller: Controller, name: string) => controller.prototype[name as keyof object];

/** The permission each route needs: its own, else its controller's. */
function permissions(controller: Controller): Record<string, Permission | undefined> {
  const byController = Reflect.getMetadata(REQUIRED_PERMISSION, controller) as Permission | undefined;
  return Object.fromEntries(
    methodsOf(controller).map((name) => [
      name,
      (Reflect.getMetadata(REQUIRED_PERMISSION, handler(controller, name)) as Permission | undefined) ??
        byController,
    ]),
  );
}

describe('enrollment routes', () => {
  it('guard classes: read for every role that sees classes, write for the region and school coordinators', () => {
    expect(permissions(ClassesController)).toEqual({
      list: 'classes:read',
      listXlsx: 'classes:read',
      create: 'classes:write',
      get: 'classes:read',
      update: 'classes:write',
    });
    expect(permissions(ClassListController)).toEqual({
      importList: 'students:write',
      importTemplate: 'students:write',
    });
    expect(permissions(SubjectsController)).toEqual({ list: 'classes:read', create: 'classes:write' });
  });

  it('guard students and orders with the students permissions', () => {
    expect(permissions(StudentsController)).toEqual({
      list: 'students:read',
      listXlsx: 'students:read',
      create: 'students:write',
      get: 'students:read',
      enroll: 'students:write',
      withdraw: 'students:write',
      transfer: 'students:write',
      trajectory: 'students:read',
    });
    expect(permissions(StudentParticipantCodesController)).toEqual({
      linkCode: 'students:write',
      unlinkCode: 'students:write',
    });
    expect(permissions(EnrollmentOrdersController)).toEqual({
      list: 'students:read',
      listXlsx: 'students:read',
      create: 'students:write',
    });
  });

  it('audit every read of students’ personal data', () => {
    const auditedReads = methodsOf(StudentsController).filter(
      (name) => Reflect.getMetadata(READS_PERSONAL_DATA, handler(StudentsController, name)) === true,
    );
    expect(auditedReads.sort()).toEqual(['get', 'list', 'listXlsx', 'trajectory']);
  });

  it('audit linking and unlinking a participant code as such, with the student’s id', () => {
    expect(methodsOf(StudentParticipantCodesController).sort()).toEqual(['linkCode', 'unlinkCode']);
    expect(Reflect.getMetadata(AUDIT_RESOURCE, StudentParticipantCodesController)).toBe(
      'participant_code_link',
    );
  });

  it('guard selection with selection:manage', () => {
    expect(new Set(Object.values(permissions(SelectionController)))).toEqual(new Set(['selection:manage']));
    expect(Object.keys(permissions(SelectionController))).toHaveLength(7);
  });
});
