import { MessagingNames } from './naming';

describe('MessagingNames', () => {
  it('uses the contract subjects and plain stream names without a prefix', () => {
    const names = new MessagingNames();
    expect(names.subject('registry.school.registered.v1')).toBe('registry.school.registered.v1');
    expect(names.eventStream('registry')).toEqual({ name: 'REGISTRY', subjects: ['registry.*.*.*'] });
    expect(names.durable('reporting', 'analytics')).toBe('reporting_analytics');
  });

  it('keeps a prefixed environment apart and maps its subjects back', () => {
    const names = new MessagingNames('t1');
    expect(names.subject('assessments.protocol.submitted.v1')).toBe('t1.assessments.protocol.submitted.v1');
    expect(names.unprefixed('t1.assessments.protocol.submitted.v1')).toBe('assessments.protocol.submitted.v1');
    expect(names.eventStream('assessments')).toEqual({ name: 't1_ASSESSMENTS', subjects: ['t1.assessments.*.*.*'] });
    expect(names.deadLetterSubject('reporting_analytics', 'x.y.z.v1')).toBe('t1.dead-letter.reporting_analytics.x.y.z.v1');
    expect(names.bucket('transfers')).toBe('t1_transfers');
  });

  it('rejects a prefix that would break subjects', () => {
    expect(() => new MessagingNames('a.b')).toThrow(/Invalid subject prefix/);
  });
});
