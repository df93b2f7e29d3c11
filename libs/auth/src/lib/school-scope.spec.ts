import { schoolFor, withinScope } from './school-scope';

const SCHOOL = '7b0d8c3e-1c55-4f0e-9a43-7b1d2f0c5a11';
const OTHER = '0f6b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b';
const errors = {
  notFound: (id: string) => new Error(`no school ${id}`),
  required: () => new Error('name the school'),
};

describe('school scope', () => {
  it('lets a region-wide scope see every school and a school scope only its own', () => {
    expect(withinScope(null, OTHER)).toBe(true);
    expect(withinScope(SCHOOL, SCHOOL)).toBe(true);
    expect(withinScope(SCHOOL, OTHER)).toBe(false);
    expect(withinScope(SCHOOL, null)).toBe(false);
  });

  it('acts for a school account’s own school, whatever else it names', () => {
    expect(schoolFor(SCHOOL, undefined, errors)).toBe(SCHOOL);
    expect(schoolFor(SCHOOL, SCHOOL, errors)).toBe(SCHOOL);
    expect(() => schoolFor(SCHOOL, OTHER, errors)).toThrow(`no school ${OTHER}`);
  });

  it('makes a region-wide caller name the school', () => {
    expect(schoolFor(null, OTHER, errors)).toBe(OTHER);
    expect(() => schoolFor(null, undefined, errors)).toThrow('name the school');
  });
});
