import {
  BadRequestException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
} from '@nestjs/common';
import { CodedException, ValidationFailedException } from '@orbita/observability';
import { toProblem } from './to-problem';

describe('toProblem', () => {
  const context = { method: 'GET', path: '/api/v1/schools/9', correlationId: 'c-1' };

  it('keeps the code, status, message and field errors of a coded error', () => {
    const { problem, unexpected } = toProblem(
      new ValidationFailedException([{ field: 'name', message: 'name must be a string' }]),
      context,
    );
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: 'urn:orbita:problem:VALIDATION.FAILED',
      title: 'Invalid request',
      status: 400,
      code: 'VALIDATION.FAILED',
      detail: 'Invalid field(s): name',
      instance: '/api/v1/schools/9',
      correlationId: 'c-1',
      errors: [{ field: 'name', message: 'name must be a string' }],
    });
  });

  it('maps a coded error carried by an RPC exception', () => {
    const rpc = { getError: () => ({ code: 'REGISTRY.SCHOOL_NOT_FOUND', status: 404, message: 'gone' }) };
    expect(toProblem(rpc).problem).toMatchObject({
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
      detail: 'gone',
    });
    const custom = new (class extends CodedException {})('PROJECTS.DEFENCE_CLOSED', 409, 'closed');
    expect(toProblem(custom).problem).toMatchObject({ status: 409, title: 'Conflict' });
  });

  it('keeps the field errors of a coded error another service returned', () => {
    const fromService = new CodedException('VALIDATION.FAILED', 400, 'Invalid field(s): schoolId', [
      { field: 'schoolId', message: 'schoolId must be a UUID' },
    ]);
    expect(toProblem(fromService).problem).toMatchObject({
      status: 400,
      code: 'VALIDATION.FAILED',
      errors: [{ field: 'schoolId', message: 'schoolId must be a UUID' }],
    });
  });

  it('adds the extension members of a coded error, never over the members of the problem itself', () => {
    const rejected = new CodedException('ASSESSMENTS.PROTOCOL_INVALID', 422, '2 problems', undefined, {
      extensions: { problemCount: 2, problems: [{ row: 3, code: 'CODE_UNKNOWN' }], status: 200, code: 'FORGED' },
    });
    expect(toProblem(rejected, context).problem).toMatchObject({
      status: 422,
      code: 'ASSESSMENTS.PROTOCOL_INVALID',
      detail: '2 problems',
      problemCount: 2,
      problems: [{ row: 3, code: 'CODE_UNKNOWN' }],
    });
  });

  it('tells an unmatched route from a missing resource', () => {
    const notFound = new NotFoundException('Cannot GET /x');
    expect(toProblem(notFound, { ...context, unmatchedRoute: true }).problem.code).toBe('ROUTE.NOT_FOUND');
    expect(toProblem(notFound, context).problem).toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
      detail: 'Cannot GET /x',
    });
  });

  it('maps Nest and Fastify client errors by status or Fastify code', () => {
    expect(toProblem(new BadRequestException(['a is bad', 'b is bad'])).problem).toMatchObject({
      status: 400,
      code: 'REQUEST.INVALID',
      detail: 'a is bad; b is bad',
    });
    const fastifyError = Object.assign(new Error('Body is not valid JSON'), {
      name: 'FastifyError',
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    expect(
      toProblem(new HttpException(fastifyError.message, 400, { cause: fastifyError })).problem.code,
    ).toBe('REQUEST.MALFORMED');
    const syntaxError = Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400 });
    expect(toProblem(syntaxError).problem).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
  });

  it('hides the message of faults', () => {
    for (const fault of [
      new Error('password=hunter2'),
      new InternalServerErrorException('pool exhausted'),
      'a string',
    ]) {
      const { problem, unexpected } = toProblem(fault, context);
      expect(unexpected).toBe(true);
      expect(problem).toMatchObject({ status: 500, code: 'INTERNAL', title: 'Internal error' });
      expect(JSON.stringify(problem)).not.toMatch(/hunter2|pool/);
    }
  });
});
