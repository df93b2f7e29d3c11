import {
  BadRequestException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
} from '@nestjs/common';
import { CodedException, ValidationFailedException } from '@orbita/observability';
import { problemLanguageOf } from './problem-catalogue';
import { toProblem } from './to-problem';

describe('toProblem', () => {
  // English: the messages of the errors themselves; Russian (the default) is tested at the end.
  const en = { language: 'en' } as const;
  const context = { method: 'GET', path: '/api/v1/schools/9', correlationId: 'c-1', ...en };

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
    expect(toProblem(rpc, en).problem).toMatchObject({
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
      detail: 'gone',
    });
    const custom = new (class extends CodedException {})('PROJECTS.DEFENCE_CLOSED', 409, 'closed');
    expect(toProblem(custom, en).problem).toMatchObject({ status: 409, title: 'Conflict' });
  });

  it('keeps the field errors of a coded error another service returned', () => {
    const fromService = new CodedException('VALIDATION.FAILED', 400, 'Invalid field(s): schoolId', [
      { field: 'schoolId', message: 'schoolId must be a UUID' },
    ]);
    expect(toProblem(fromService, en).problem).toMatchObject({
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
    expect(toProblem(new BadRequestException(['a is bad', 'b is bad']), en).problem).toMatchObject({
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
      toProblem(new HttpException(fastifyError.message, 400, { cause: fastifyError }), en).problem.code,
    ).toBe('REQUEST.MALFORMED');
    const syntaxError = Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400 });
    expect(toProblem(syntaxError, en).problem).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
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

  it('answers 503 while the gateway cannot reach its own database (a session check, a login), not 500', () => {
    // What pg throws when the server is away, and TypeORM's wrapper of a connection cut mid-query.
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const terminated = Object.assign(new Error('Query failed'), {
      driverError: new Error('Connection terminated unexpectedly'),
    });
    for (const fault of [refused, terminated]) {
      const { problem } = toProblem(fault, context);
      expect(problem).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE' });
      expect(JSON.stringify(problem)).not.toMatch(/5432|terminated/);
    }
  });

  it('speaks Russian by default: a title for every code, details for the common ones', () => {
    const invalid = toProblem(
      new ValidationFailedException([
        { field: 'surname', message: 'surname must not contain control characters' },
        { field: 'birthDate', message: 'birthDate must be a date' },
      ]),
    ).problem;
    expect(invalid).toMatchObject({
      title: 'Неверные данные',
      detail: 'Проверьте поля: surname, birthDate.',
      errors: [
        { field: 'surname', message: 'surname must not contain control characters' },
        { field: 'birthDate', message: 'birthDate must be a date' },
      ],
    });
    const rpc = { getError: () => ({ code: 'ENROLLMENT.CLASS_NOT_FOUND', status: 404, message: 'Class 7 does not exist' }) };
    expect(toProblem(rpc).problem).toMatchObject({ title: 'Не найдено', detail: 'Запись не найдена или недоступна.' });
    expect(toProblem(new CodedException('REGISTRY.STALE_VERSION', 409, 'stale')).problem.title).toBe('Запись изменилась');
    expect(toProblem(new CodedException('SERVICE.TIMEOUT', 504, 'slow')).problem).toMatchObject({
      title: 'Сервис не ответил вовремя',
      detail: expect.stringContaining('Повторите'),
    });
    expect(toProblem(new CodedException('PROJECTS.SOMETHING_NEW', 418, 'teapot')).problem.title).toBe('Неверный запрос');
    expect(toProblem(new CodedException('ENROLLMENT.NOT_RECOMMENDED', 409, 'Rank the campaign first')).problem).toMatchObject({
      title: 'Нет рекомендации',
      detail: 'Сначала ранжируйте кандидатов отбора.',
    });
    expect(toProblem(new CodedException('PROJECTS.DEFENCE_CLOSED', 409, 'closed')).problem).toMatchObject({
      title: 'Конфликт',
      detail: 'Действие противоречит текущему состоянию данных.',
    });
    expect(toProblem(new NotFoundException('x'), { method: 'POST', path: '/api/v1/nothing', unmatchedRoute: true }).problem).toMatchObject({
      title: 'Нет такого адреса',
      detail: 'Нет адреса POST /api/v1/nothing.',
    });
    for (const [fault, english] of [
      [new Error('boom'), 'boom'],
      [new CodedException('AUTH.UNAUTHENTICATED', 401, 'The access token has expired'), 'access token'],
    ] as const) {
      const { problem } = toProblem(fault);
      expect(problem.title).toMatch(/^[А-Яа-яЁё ]+$/);
      expect(problem.detail).toMatch(/^[А-ЯЁ]/);
      expect(problem.detail).not.toContain(english);
    }
  });

  it('answers an unmatched route on a path other methods serve with 405', () => {
    expect(
      toProblem(new NotFoundException('x'), { method: 'DELETE', path: '/api/v1/schools', unmatchedRoute: true, allowedMethods: ['GET', 'POST'] })
        .problem,
    ).toMatchObject({
      status: 405,
      code: 'ROUTE.METHOD_NOT_ALLOWED',
      title: 'Метод не поддерживается',
      detail: 'Метод DELETE здесь не поддерживается; допустимы: GET, POST.',
    });
  });
});

describe('problemLanguageOf', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['*', 'ru'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en-US,en;q=0.9', 'en'],
    ['en', 'en'],
    ['de-DE,en;q=0.5,ru;q=0.9', 'ru'],
    ['de-DE,en;q=0.5', 'en'],
    ['en;q=0', 'ru'],
  ])('%j → %s', (header, language) => {
    expect(problemLanguageOf(header)).toBe(language);
  });
});
