import { defineEvent, EVENT_SUBJECT_PATTERN, EventContract, producerOf } from './event-contract';
import * as contracts from './index';

class Empty {}

describe('event contracts', () => {
  it('rejects subjects that do not read <service>.<aggregate>.<event>.v<N>', () => {
    expect(() => defineEvent('registry.school.registered', Empty)).toThrow(/does not read/);
    expect(() => defineEvent('registry.get.school', Empty)).toThrow(/does not read/);
    expect(() => defineEvent('Registry.school.registered.v1', Empty)).toThrow(/does not read/);
    expect(defineEvent('registry.roadmap-activity.due-soon.v1', Empty).subject).toBe(
      'registry.roadmap-activity.due-soon.v1',
    );
  });

  it('names the producer by the first token', () => {
    expect(producerOf('assessments.protocol.submitted.v1')).toBe('assessments');
  });

  it('every exported contract has a unique, well-formed subject', () => {
    const subjects = (Object.values(contracts) as unknown[])
      .filter((value): value is EventContract => typeof value === 'object' && value !== null && 'subject' in value)
      .map((contract) => contract.subject);
    expect(subjects.length).toBeGreaterThan(0);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const subject of subjects) expect(subject).toMatch(EVENT_SUBJECT_PATTERN);
  });
});
