import {
  CodedException,
  CommonErrorCode,
  isCodedError,
  toCodedError,
  ValidationFailedException,
} from './coded-error';

enum TestErrorCode {
  SCHOOL_NOT_FOUND = 'REGISTRY.SCHOOL_NOT_FOUND',
}

class SchoolNotFound extends CodedException<TestErrorCode> {
  constructor(id: string) {
    super(TestErrorCode.SCHOOL_NOT_FOUND, 404, `School ${id} does not exist`);
  }
}

describe('coded errors', () => {
  it('carries code, status and message and serializes to a plain CodedError', () => {
    const error = new SchoolNotFound('42');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SchoolNotFound');
    expect(isCodedError(error)).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
      status: 404,
      message: 'School 42 does not exist',
    });
  });

  it('carries extension members through serialization', () => {
    const error = new CodedException('X.INVALID', 422, 'bad rows', undefined, { extensions: { problemCount: 1 } });
    expect(toCodedError(error)).toEqual({ code: 'X.INVALID', status: 422, message: 'bad rows', extensions: { problemCount: 1 } });
    expect(isCodedError(JSON.parse(JSON.stringify(error)))).toBe(true);
    expect(isCodedError({ code: 'X', status: 400, message: 'm', extensions: [1] })).toBe(false);
  });

  it('recognises coded errors received as plain objects and rejects look-alikes', () => {
    expect(isCodedError({ code: 'X.Y', status: 409, message: 'conflict' })).toBe(true);
    expect(isCodedError({ code: 'X.Y', status: 200, message: 'ok' })).toBe(false);
    expect(isCodedError({ code: 'ECONNREFUSED', message: 'refused' })).toBe(false);
    expect(isCodedError({ code: 'X', status: 400, message: 'm', errors: [{ field: 1 }] })).toBe(false);
    expect(isCodedError(null)).toBe(false);
  });

  it('names the invalid fields of a validation failure', () => {
    const error = new ValidationFailedException([
      { field: 'name', message: 'name must be a string' },
      { field: 'students.0.grade', message: 'grade must not be greater than 11' },
    ]);
    expect(error.code).toBe(CommonErrorCode.VALIDATION_FAILED);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Invalid field(s): name, students.0.grade');
    expect(toCodedError(error).errors).toHaveLength(2);
  });
});
