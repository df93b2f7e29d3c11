import { Module } from '@nestjs/common';
import { ClassesController, SubjectsController } from './classes.controller';
import { ClassListController } from './class-list.controller';
import { SelectionController } from './selection.controller';
import {
  EnrollmentOrdersController,
  StudentParticipantCodesController,
  StudentsController,
} from './students.controller';

/** The enrollment resources: `/classes`, `/subjects`, `/students`, `/enrollment-orders`, `/selection-campaigns`. */
@Module({
  controllers: [
    ClassesController,
    ClassListController,
    SubjectsController,
    StudentsController,
    StudentParticipantCodesController,
    EnrollmentOrdersController,
    SelectionController,
  ],
})
export class EnrollmentResourcesModule {}
