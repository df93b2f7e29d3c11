import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A field that failed validation, in a problem's `errors`. */
export class ProblemFieldError {
  @ApiProperty({ description: 'Dotted path of the field in the request', example: 'students.0.grade' })
  field!: string;

  @ApiProperty({ example: 'grade must not be greater than 11' })
  message!: string;
}

/** An error response: RFC 9457 problem details with a stable `code`, as `application/problem+json`. */
export class ProblemDetails {
  @ApiProperty({
    description: 'URI identifying the problem type',
    example: 'urn:orbita:problem:VALIDATION.FAILED',
  })
  type!: string;

  @ApiProperty({ description: 'Short summary of the problem type', example: 'Invalid request' })
  title!: string;

  @ApiProperty({ description: 'HTTP status code', example: 400 })
  status!: number;

  @ApiProperty({ description: 'Stable, machine-readable error code', example: 'VALIDATION.FAILED' })
  code!: string;

  @ApiPropertyOptional({ description: 'What went wrong this time', example: 'Invalid field(s): grade' })
  detail?: string;

  @ApiPropertyOptional({ description: 'Path of the request that failed', example: '/api/v1/classes' })
  instance?: string;

  @ApiPropertyOptional({
    description:
      'Correlation id of the request (also in the x-correlation-id header); quote it when reporting',
    example: '6f1c2d1e-8e4b-4a43-9a0c-0e3c2f5b7a10',
  })
  correlationId?: string;

  @ApiPropertyOptional({ type: [ProblemFieldError], description: 'Fields that failed validation' })
  errors?: ProblemFieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_PREFIX = 'urn:orbita:problem:';
