import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { UUID } from './api-examples';

/** A school's roster as reconciliation with the Sirius.Schools platform needs it. */
export class SyncRosterQuery {
  @ApiProperty(UUID)
  @IsUUID()
  schoolId!: string;
}

/** A student in a programme class of the current school year, with what matching needs. */
export class SyncRosterStudentView {
  @ApiProperty(UUID)
  studentId!: string;

  @ApiProperty({ example: 'Ветлугина' })
  surname!: string;

  @ApiProperty({ example: 'Анна' })
  name!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Петровна' })
  patronymic!: string | null;

  @ApiProperty({ format: 'date', example: '2009-04-13' })
  birthDate!: string;

  @ApiProperty(UUID)
  classId!: string;

  @ApiProperty({ example: '10 А' })
  classLabel!: string;

  @ApiProperty({ example: 10 })
  grade!: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The student’s id on the platform, once a link was approved',
  })
  externalId!: string | null;
}

export class SyncRosterView {
  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: 2024, description: 'The school year whose classes are listed (2024 = 2024/25)' })
  schoolYear!: number;

  @ApiProperty({ type: [SyncRosterStudentView] })
  students!: SyncRosterStudentView[];
}
