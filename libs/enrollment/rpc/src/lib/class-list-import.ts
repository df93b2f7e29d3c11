import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { UUID } from './api-examples';

/** Largest class list file the gateway accepts (bytes), and most data rows. */
export const CLASS_LIST_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const CLASS_LIST_MAX_ROWS = 500;

/** What is wrong with a class list file: the same row-level standard as protocols. */
export enum ClassListProblemCode {
  FILE_EMPTY = 'FILE_EMPTY',
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  COLUMN_MISSING = 'COLUMN_MISSING',
  COLUMN_DUPLICATE = 'COLUMN_DUPLICATE',
  VALUE_MISSING = 'VALUE_MISSING',
  VALUE_INVALID = 'VALUE_INVALID',
  /** The same student (surname, name, patronymic, birth date) twice in the file. */
  ROW_DUPLICATE = 'ROW_DUPLICATE',
  /** The student is already in another programme class this school year. */
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
}

/** One problem: the row as the spreadsheet numbers it, the column's header, the value, a Russian message. */
@ApiSchema({ name: 'ClassListProblemItem' })
export class ClassListProblem {
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

/** The problem extension members of a 422 `ENROLLMENT.CLASS_LIST_INVALID`: nothing was stored. */
export interface ClassListInvalidReport {
  problems: ClassListProblem[];
  problemCount: number;
  rowCount: number;
}

/**
 * Takes the file waiting in the transfer bucket under `objectName` as the list of a class: each row
 * registers a student (or finds the school's student with the same name and birth date) and enrolls
 * them in the class by the order. All rows or none.
 */
export class ImportClassListCommand {
  @IsUUID()
  classId!: string;

  @IsUUID()
  orderId!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date such as 2024-09-01' })
  enrolledOn!: string;

  @IsString()
  @Length(1, 200)
  objectName!: string;

  @IsOptional()
  @IsString()
  @Length(1, 300)
  fileName?: string;
}

@ApiSchema({ name: 'ImportedClassList' })
export class ImportedClassListView {
  @ApiProperty(UUID)
  classId!: string;

  /** Students enrolled by the file (new records plus the school's existing ones). */
  @ApiProperty({ example: 26, description: 'Students enrolled by the file' })
  enrolled!: number;

  /** Of them, students registered by the file. */
  @ApiProperty({ example: 24, description: 'Of them, students registered by the file' })
  registered!: number;
}
