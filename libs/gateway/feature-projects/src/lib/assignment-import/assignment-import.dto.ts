import { ApiProperty } from '@nestjs/swagger';
import { ProblemDetails } from '@orbita/gateway/feature-http';
import {
  ASSIGNMENT_IMPORT_MAX_BYTES,
  AssignmentImportRowView,
  ProjectsErrorCode,
} from '@orbita/projects/rpc';

/** The 422 problem of a refused bulk assignment file: problem details with the rows at fault. */
export class AssignmentImportInvalidProblem extends ProblemDetails {
  @ApiProperty({ example: ProjectsErrorCode.ASSIGNMENT_IMPORT_INVALID })
  declare code: string;

  @ApiProperty({
    type: [AssignmentImportRowView],
    description: 'The rows with a problem, each with its column',
  })
  rows!: AssignmentImportRowView[];

  @ApiProperty({ description: 'Rows with a problem', example: 2 })
  problemCount!: number;

  @ApiProperty({ description: 'Data rows of the file', example: 40 })
  rowCount!: number;
}

/** `multipart/form-data` of POST /project-stages/{stageId}/assignments/import, for OpenAPI. */
export const ASSIGNMENT_IMPORT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description:
        `CSV (UTF-8 or Windows-1251; \`;\`, \`,\` or tab) or XLSX, at most ${ASSIGNMENT_IMPORT_MAX_BYTES / 1024 / 1024} MB: a header row, then one assignment a row. ` +
        'Columns: the work — `Работа`, `ID работы`, `Название работы`, `work_id`, `work`, `title` (its id, or its exact title within the season) — and the expert — ' +
        '`Эксперт`, `ID эксперта`, `expert_id`, `expert` (their registry person id, an expert of the season’s sections). Other columns are ignored.',
    },
  },
};
