import { Module } from '@nestjs/common';
import { ClassesController, SubjectsController } from './classes.controller';
import { SelectionController } from './selection.controller';
import { EnrollmentOrdersController, StudentsController } from './students.controller';

/** The enrollment resources: `/classes`, `/subjects`, `/students`, `/enrollment-orders`, `/selection-campaigns`. */
@Module({
  controllers: [
    ClassesController,
    SubjectsController,
    StudentsController,
    EnrollmentOrdersController,
    SelectionController,
  ],
})
export class EnrollmentResourcesModule {}
