import { ApiProperty, ApiSchema, IntersectionType, PickType } from '@nestjs/swagger';
import { AssessmentsErrorCode, ProtocolInvalidReport, UploadProtocolCommand } from '@orbita/assessments/rpc';
import { ProblemDetails } from '@orbita/gateway/feature-http';

/** The text fields of an upload (the file is the part `file`). */
export class ProtocolUploadFields extends PickType(UploadProtocolCommand, ['workId', 'schoolId', 'submit', 'uploadId'] as const) {}

/** The 422 problem of a rejected protocol file: problem details with the row-level report. */
@ApiSchema({ name: 'ProtocolInvalidProblem' })
export class ProtocolInvalidProblem extends IntersectionType(ProblemDetails, ProtocolInvalidReport) {
  @ApiProperty({ example: AssessmentsErrorCode.PROTOCOL_INVALID })
  declare code: string;
}

/** `multipart/form-data` of POST /protocols, for OpenAPI. */
export const PROTOCOL_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['workId', 'file'],
  properties: {
    workId: { type: 'string', format: 'uuid', description: 'The diagnostic work' },
    schoolId: { type: 'string', format: 'uuid', description: 'Required of region-wide accounts; a school account uploads for its own school' },
    submit: { type: 'boolean', description: 'Submit at once (default false: stored as a draft to submit later)' },
    uploadId: { type: 'string', format: 'uuid', description: 'Chosen by the client to poll GET /protocol-uploads/{uploadId} while the file is processed' },
    file: {
      type: 'string',
      format: 'binary',
      description:
        'XLSX (the template or any sheet with the same columns) or CSV in UTF-8 or Windows-1251 with ";" or ","; at most 10 MB and 20,000 rows. ' +
        'Headers: "Код участника"/"code", "Класс"/"class", "Задание N"/"N"/"task N"/"ЗN", "Итого"/"Сумма"/"total"; other columns are ignored.',
    },
  },
};
