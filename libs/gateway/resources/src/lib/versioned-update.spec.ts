import { ValidationFailedException } from '@orbita/observability';
import { expectedVersionOf } from './versioned-update';

describe('expectedVersionOf', () => {
  it('takes the version from If-Match (strong, weak or bare) or from the body', () => {
    expect(expectedVersionOf(undefined, '"3"')).toBe(3);
    expect(expectedVersionOf(undefined, 'W/"12"')).toBe(12);
    expect(expectedVersionOf(undefined, ' 7 ')).toBe(7);
    expect(expectedVersionOf(4, undefined)).toBe(4);
    expect(expectedVersionOf(5, '"5"')).toBe(5);
  });

  it('answers 400 naming the field when the precondition is missing, malformed or contradictory', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationFailedException);
        return (error as ValidationFailedException).errors?.map((e) => e.field);
      }
      throw new Error('no error');
    };
    expect(fieldOf(() => expectedVersionOf(undefined, undefined))).toEqual(['expectedVersion']);
    expect(fieldOf(() => expectedVersionOf(undefined, '*'))).toEqual(['If-Match']);
    expect(fieldOf(() => expectedVersionOf(2, '"3"'))).toEqual(['expectedVersion']);
  });
});
