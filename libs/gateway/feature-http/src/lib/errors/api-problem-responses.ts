import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemFieldError } from './problem-details';

/** The OpenAPI content of an error response: a `ProblemDetails` as `application/problem+json`. */
export function problemContent(): Record<string, { schema: { $ref: string } }> {
  return { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetails) } } };
}

/** Documents the error statuses an operation answers with, each a problem+json `ProblemDetails`. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails, ProblemFieldError),
    ...statuses.map((status) =>
      ApiResponse({ status, description: STATUS_CODES[status] ?? 'Error', content: problemContent() }),
    ),
  );
}
