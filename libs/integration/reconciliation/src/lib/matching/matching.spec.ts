import type { SyncRosterStudentView } from '@orbita/enrollment/rpc';
import { randomUUID } from 'node:crypto';
import {
  classDifference,
  matchConfidence,
  matchSchool,
  normalisedName,
  peopleKey,
  type PlatformStudent,
} from './matching';

const account = (externalId: string, facts: Partial<PlatformStudent> = {}): PlatformStudent => ({
  externalId,
  status: 'active',
  surname: 'Киселёва',
  name: 'Анна',
  patronymic: 'Олеговна',
  birthDate: '2009-04-13',
  classTitle: '10 (математика, физика)',
  grade: 10,
  ...facts,
});

const student = (facts: Partial<SyncRosterStudentView> = {}): SyncRosterStudentView => ({
  studentId: randomUUID(),
  surname: 'Киселева',
  name: 'анна ',
  patronymic: 'Олеговна',
  birthDate: '2009-04-13',
  classId: randomUUID(),
  classLabel: '10 А',
  grade: 10,
  externalId: null,
  ...facts,
});

const nothingDecided = { links: [], endedLinks: [], rejectedProposals: new Set<string>() };

describe('matching a school’s platform accounts with our students', () => {
  it('normalises names: case, ё, hyphens and spaces', () => {
    expect(normalisedName('  Петрова-Водкина  Ёлка ')).toBe(normalisedName('петрова водкина елка'));
    expect(normalisedName(null)).toBe('');
  });

  it('grades each rule', () => {
    const ours = student();
    expect(matchConfidence(account('a'), ours)?.confidence).toBe(1);
    expect(
      matchConfidence(account('a', { patronymic: null }), student({ patronymic: null }))?.confidence,
    ).toBe(1);
    expect(matchConfidence(account('a', { patronymic: 'Ивановна' }), ours)?.confidence).toBe(0.8);
    expect(matchConfidence(account('a', { patronymic: null }), ours)?.confidence).toBe(0.8);
    expect(matchConfidence(account('a', { name: 'Алиса' }), ours)?.confidence).toBe(0.6);
    expect(matchConfidence(account('a', { surname: 'Орлова' }), ours)?.confidence).toBe(0.6);
    expect(matchConfidence(account('a', { birthDate: null, patronymic: 'Ивановна' }), ours)?.confidence).toBe(
      0.5,
    );
    expect(matchConfidence(account('a', { birthDate: '2009-04-14' }), ours)).toBeNull();
    expect(matchConfidence(account('a', { surname: 'Орлова', name: 'Алиса' }), ours)).toBeNull();
  });

  it('links by external id first, then exact matches; proposes weaker ones; reports what is left', () => {
    const byId = student({ surname: 'Другая', externalId: 'u-1' });
    const exact = student();
    const patronymic = student({ surname: 'Орлова', patronymic: 'Петровна' });
    const missing = student({ surname: 'Белова', birthDate: '2009-01-01' });
    const { newLinks, mismatches } = matchSchool({
      platform: [
        account('u-1', { surname: 'Зайцева', name: 'Ева' }),
        account('u-2'),
        account('u-3', { surname: 'Орлова' }),
        account('u-4', { surname: 'Фомина', name: 'Вера' }),
      ],
      students: [byId, exact, patronymic, missing],
      ...nothingDecided,
    });
    expect(newLinks).toEqual([
      { studentId: byId.studentId, externalId: 'u-1', method: 'external_id', confidence: 1 },
      { studentId: exact.studentId, externalId: 'u-2', method: 'rules', confidence: 1 },
    ]);
    expect(
      mismatches.map(({ kind, studentId, externalIds, confidence }) => ({
        kind,
        studentId,
        externalIds,
        confidence,
      })),
    ).toEqual([
      { kind: 'link_proposed', studentId: patronymic.studentId, externalIds: ['u-3'], confidence: 0.8 },
      { kind: 'platform_only', studentId: null, externalIds: ['u-4'], confidence: null },
      { kind: 'not_registered', studentId: missing.studentId, externalIds: [], confidence: null },
    ]);
  });

  it('two accounts strongly matching one student are a duplicate, not a link; a linked one too', () => {
    const unlinked = student();
    const linked = student({ surname: 'Орлова' });
    const { newLinks, mismatches } = matchSchool({
      platform: [
        account('a-1'),
        account('a-2', { patronymic: null }),
        account('b-1', { surname: 'Орлова' }),
        account('b-2', { surname: 'Орлова' }),
      ],
      students: [unlinked, linked],
      ...nothingDecided,
      links: [{ studentId: linked.studentId, externalId: 'b-1' }],
    });
    expect(newLinks).toEqual([]);
    expect(mismatches.map(({ kind, studentId, externalIds }) => ({ kind, studentId, externalIds }))).toEqual([
      { kind: 'duplicate', studentId: unlinked.studentId, externalIds: ['a-1', 'a-2'] },
      { kind: 'duplicate', studentId: linked.studentId, externalIds: ['b-1', 'b-2'] },
    ]);
  });

  it('proposes the deletion of a linked account marked tobedeleted, and reports another grade', () => {
    const leaving = student();
    const moved = student({ surname: 'Орлова', grade: 11, classLabel: '11 А' });
    const { mismatches } = matchSchool({
      platform: [account('u-1', { status: 'tobedeleted' }), account('u-2', { surname: 'Орлова' })],
      students: [leaving, moved],
      ...nothingDecided,
      links: [
        { studentId: leaving.studentId, externalId: 'u-1' },
        { studentId: moved.studentId, externalId: 'u-2' },
      ],
    });
    expect(mismatches.map(({ kind, studentId }) => ({ kind, studentId }))).toEqual([
      { kind: 'deletion_proposed', studentId: leaving.studentId },
      { kind: 'class_differs', studentId: moved.studentId },
    ]);
  });

  it('compares class labels only where the platform’s title starts with one', () => {
    const ours = student({ classLabel: '10 А' });
    expect(classDifference(account('u', { classTitle: '10 (химия, биология)' }), ours)).toBeNull();
    expect(classDifference(account('u', { classTitle: '10а' }), ours)).toBeNull();
    expect(classDifference(account('u', { classTitle: '10 А (химия, биология)' }), ours)).toBeNull();
    expect(classDifference(account('u', { classTitle: '10 Б' }), ours)).toContain('10 Б');
    expect(classDifference(account('u', { classTitle: '10-б (химия, биология)' }), ours)).toContain('10-б');
  });

  it('neither proposes a rejected pair again nor relinks an ended link by the id enrollment still holds', () => {
    const rejected = student({ patronymic: 'Петровна' });
    const unlinked = student({ surname: 'Орлова', name: 'Вера', externalId: 'u-2' });
    const { newLinks, mismatches } = matchSchool({
      platform: [account('u-1'), account('u-2', { surname: 'Орлова', name: 'Вера', status: 'tobedeleted' })],
      students: [rejected, unlinked],
      links: [],
      endedLinks: [{ studentId: unlinked.studentId, externalId: 'u-2' }],
      rejectedProposals: new Set([peopleKey(rejected.studentId, ['u-1'])]),
    });
    expect(newLinks).toEqual([]);
    expect(mismatches.map(({ kind }) => kind)).toEqual(['platform_only', 'not_registered', 'not_registered']);
  });
});
