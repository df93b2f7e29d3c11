import { deliveryName, profileCell, profileDirection } from './profiles';

describe('programme table profiles', () => {
  it('names subjects in Russian and shows unknown codes as they are', () => {
    expect(profileCell(10, ['math', 'physics', 'informatics'])).toBe('10: математика, физика, информатика');
    expect(profileCell(7, ['chemistry', 'biology', 'astronomy'])).toBe('7: химия, биология, astronomy');
    expect(deliveryName('lessons')).toBe('урочная');
    expect(deliveryName('lessons_and_extracurricular')).toBe('урочная и внеурочная');
  });

  it.each([
    [['chemistry', 'biology'], 'natural_science'],
    [['chemistry', 'biology', 'math'], 'natural_science'],
    [['math', 'physics', 'informatics'], 'physics_math'],
    [['math', 'physics'], 'physics_math'],
    [['math', 'physics', 'chemistry'], 'physics_math'],
    [['math', 'informatics'], 'technical'],
    [['physics', 'technical'], 'technical'],
    [['astronomy'], 'other'],
  ] as const)('%j is %s', (subjects, direction) => {
    expect(profileDirection(subjects)).toBe(direction);
  });
});
