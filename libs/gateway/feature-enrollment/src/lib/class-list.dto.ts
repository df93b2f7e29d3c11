import { ApiProperty, PickType } from '@nestjs/swagger';
import {
  ClassListProblem,
  EnrollmentErrorCode,
  ImportClassListCommand,
  type ClassListInvalidReport,
} from '@orbita/enrollment/rpc';
import { ProblemDetails } from '@orbita/gateway/feature-http';

/** The 422 problem of a rejected class list: problem details with the row-level report. */
export class ClassListInvalidProblem extends ProblemDetails implements ClassListInvalidReport {
  @ApiProperty({ example: EnrollmentErrorCode.CLASS_LIST_INVALID })
  declare code: string;

  @ApiProperty({ type: [ClassListProblem], description: 'The first 200 problems, by row' })
  problems!: ClassListProblem[];

  @ApiProperty({ description: 'All problems found', example: 2 })
  problemCount!: number;

  @ApiProperty({ description: 'Data rows of the file', example: 26 })
  rowCount!: number;
}

/** The text fields of a class list upload (the file is the part `file`). */
export class ClassListUploadFields extends PickType(ImportClassListCommand, [
  'orderId',
  'enrolledOn',
] as const) {}

/** `multipart/form-data` of POST /classes/{id}/list, for OpenAPI. */
export const CLASS_LIST_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['orderId', 'enrolledOn', 'file'],
  properties: {
    orderId: {
      type: 'string',
      format: 'uuid',
      description: 'The enrollment order the students are enrolled by',
    },
    enrolledOn: { type: 'string', format: 'date', example: '2024-09-01' },
    file: {
      type: 'string',
      format: 'binary',
      description:
        'XLSX (first visible sheet) or CSV in UTF-8 or Windows-1251 with ";" or ","; at most 2 MB and 500 rows. Headers: "Фамилия"/"surname", ' +
        '"Имя"/"name", "Дата рождения"/"birth date" (14.03.2009 or 2009-03-14); optional "Отчество"/"patronymic", "Пол"/"gender" (м/ж), ' +
        '"Контакт родителя"/"parent contact"; other columns are ignored.',
    },
  },
};
