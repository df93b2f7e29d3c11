import type { StudentLinkMethod } from '@orbita/contracts';
import type { SyncRosterStudentView } from '@orbita/enrollment/rpc';
import type { MismatchKind } from '@orbita/integration/rpc';

/** A student of the school as the platform holds them (its stored records), with their class there. */
export interface PlatformStudent {
  externalId: string;
  status: 'active' | 'tobedeleted';
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  classTitle: string | null;
  grade: number | null;
}

export interface LinkedPair {
  studentId: string;
  externalId: string;
}

export interface NewLink extends LinkedPair {
  method: StudentLinkMethod;
  confidence: number;
}

export interface FoundMismatch {
  kind: MismatchKind;
  studentId: string | null;
  externalIds: string[];
  confidence: number | null;
  reason: string;
}

export interface SchoolMatchInput {
  platform: readonly PlatformStudent[];
  students: readonly SyncRosterStudentView[];
  /** The school's live links. */
  links: readonly LinkedPair[];
  /** Links that were dropped: the same pair is not linked again by an external id enrollment still holds. */
  endedLinks: readonly LinkedPair[];
  /** People keys of link proposals a coordinator rejected: not proposed again, nor linked. */
  rejectedProposals: ReadonlySet<string>;
}

export interface SchoolMatch {
  newLinks: NewLink[];
  mismatches: FoundMismatch[];
}

/** Our student and the platform's accounts involved: what identifies a mismatch at a school with its kind. */
export const peopleKey = (studentId: string | null, externalIds: readonly string[]): string =>
  `${studentId ?? ''}:${[...externalIds].sort().join(',')}`;

/** Trimmed, lower case, ё as е, hyphens and spaces as one space: «Петрова-Водкина » = «петрова водкина». */
export const normalisedName = (value: string | null | undefined): string =>
  (value ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim();

interface Confidence {
  confidence: number;
  reason: string;
}

/** How sure the rules are that a platform account is our student, or null when they do not match. */
export function matchConfidence(
  platform: PlatformStudent,
  student: SyncRosterStudentView,
): Confidence | null {
  const surname = normalisedName(platform.surname) === normalisedName(student.surname);
  const name = normalisedName(platform.name) === normalisedName(student.name);
  const patronymic = normalisedName(platform.patronymic) === normalisedName(student.patronymic);
  if (platform.birthDate === null)
    return surname && name
      ? { confidence: 0.5, reason: 'фамилия и имя совпадают; на платформе нет даты рождения' }
      : null;
  if (platform.birthDate !== student.birthDate) return null;
  if (surname && name && patronymic)
    return { confidence: 1, reason: 'фамилия, имя, отчество и дата рождения совпадают' };
  if (surname && name)
    return { confidence: 0.8, reason: 'фамилия, имя и дата рождения совпадают; отчество отличается' };
  if (surname) return { confidence: 0.6, reason: 'фамилия и дата рождения совпадают; имя отличается' };
  if (name) return { confidence: 0.6, reason: 'имя и дата рождения совпадают; фамилия отличается' };
  return null;
}

/**
 * The class label a title starts with, without spaces or case («10 А (химия, биология)» → «10а»); null when
 * it starts with none (a title naming the profile only).
 */
function classLetterLabel(title: string | null): string | null {
  const label = /^(\d{1,2}) ?([a-zа-я])(?![a-zа-я])/.exec(normalisedName(title));
  return label ? `${label[1]}${label[2]}` : null;
}

/**
 * Why a linked student's class on the platform is not theirs here: another grade, or another class label
 * where the platform's class title starts with one (its titles may name the profile only).
 */
export function classDifference(platform: PlatformStudent, student: SyncRosterStudentView): string | null {
  if (platform.grade !== null && platform.grade !== student.grade)
    return `на платформе ${platform.grade} класс, в наших списках ${student.grade}`;
  const theirs = classLetterLabel(platform.classTitle);
  const ours = classLetterLabel(student.classLabel);
  if (theirs && ours && theirs !== ours)
    return `на платформе класс «${platform.classTitle ?? ''}», в наших списках «${student.classLabel}»`;
  return null;
}

const STRONG = 0.8;
const MIN_CONFIDENCE = 0.5;

interface Candidate extends Confidence {
  platform: PlatformStudent;
  student: SyncRosterStudentView;
}

/**
 * Reconciles a school's platform accounts with our students: by external id first, then by the rules,
 * strongest first, each account and student used once. An exact match links; a weaker one is proposed; two
 * accounts strongly matching one student are a duplicate (not a link); links to accounts marked
 * `tobedeleted` become deletion proposals; whatever is left on either side is reported.
 */
export function matchSchool(input: SchoolMatchInput): SchoolMatch {
  const accounts = new Map(input.platform.map((account) => [account.externalId, account]));
  const links = new Map(input.links.map((link) => [link.studentId, link.externalId]));
  const linkedAccounts = new Set(input.links.map((link) => link.externalId));
  const ended = new Set(input.endedLinks.map((link) => peopleKey(link.studentId, [link.externalId])));
  const newLinks: NewLink[] = [];
  const mismatches: FoundMismatch[] = [];
  const link = (studentId: string, externalId: string, method: StudentLinkMethod, confidence: number) => {
    newLinks.push({ studentId, externalId, method, confidence });
    links.set(studentId, externalId);
    linkedAccounts.add(externalId);
  };

  for (const student of input.students) {
    const externalId = student.externalId;
    if (!externalId || links.has(student.studentId) || linkedAccounts.has(externalId)) continue;
    if (accounts.has(externalId) && !ended.has(peopleKey(student.studentId, [externalId])))
      link(student.studentId, externalId, 'external_id', 1);
  }

  const usedAccounts = new Set<string>();
  const usedStudents = new Set<string>();
  const free = input.platform.filter(
    (account) => account.status === 'active' && !linkedAccounts.has(account.externalId),
  );
  const candidates = input.students.flatMap((student) =>
    free.flatMap((platform): Candidate[] => {
      const match = matchConfidence(platform, student);
      if (!match || match.confidence < MIN_CONFIDENCE) return [];
      if (input.rejectedProposals.has(peopleKey(student.studentId, [platform.externalId]))) return [];
      return [{ ...match, platform, student }];
    }),
  );

  for (const student of input.students) {
    const linked = links.get(student.studentId);
    const strong = candidates.filter(
      (candidate) =>
        candidate.student === student &&
        candidate.confidence >= STRONG &&
        !usedAccounts.has(candidate.platform.externalId),
    );
    if (strong.length < (linked ? 1 : 2)) continue;
    const externalIds = [
      ...(linked ? [linked] : []),
      ...strong.map((candidate) => candidate.platform.externalId),
    ];
    mismatches.push({
      kind: 'duplicate',
      studentId: student.studentId,
      externalIds: [...externalIds].sort(),
      confidence: Math.min(...strong.map((candidate) => candidate.confidence)),
      reason: `на платформе ${externalIds.length} учётные записи одного ученика`,
    });
    externalIds.forEach((externalId) => usedAccounts.add(externalId));
    usedStudents.add(student.studentId);
  }

  const strongestFirst = [...candidates].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      a.student.studentId.localeCompare(b.student.studentId) ||
      a.platform.externalId.localeCompare(b.platform.externalId),
  );
  for (const { student, platform, confidence, reason } of strongestFirst) {
    if (links.has(student.studentId) || usedStudents.has(student.studentId)) continue;
    if (usedAccounts.has(platform.externalId)) continue;
    usedStudents.add(student.studentId);
    usedAccounts.add(platform.externalId);
    if (confidence === 1) link(student.studentId, platform.externalId, 'rules', confidence);
    else
      mismatches.push({
        kind: 'link_proposed',
        studentId: student.studentId,
        externalIds: [platform.externalId],
        confidence,
        reason,
      });
  }

  const students = new Map(input.students.map((student) => [student.studentId, student]));
  for (const [studentId, externalId] of links) {
    const account = accounts.get(externalId);
    const student = students.get(studentId);
    if (!account) continue;
    if (account.status === 'tobedeleted') {
      mismatches.push({
        kind: 'deletion_proposed',
        studentId,
        externalIds: [externalId],
        confidence: null,
        reason: 'платформа пометила учётную запись к удалению',
      });
      continue;
    }
    const difference = student ? classDifference(account, student) : null;
    if (difference)
      mismatches.push({
        kind: 'class_differs',
        studentId,
        externalIds: [externalId],
        confidence: null,
        reason: difference,
      });
  }

  for (const account of free)
    if (!linkedAccounts.has(account.externalId) && !usedAccounts.has(account.externalId))
      mismatches.push({
        kind: 'platform_only',
        studentId: null,
        externalIds: [account.externalId],
        confidence: null,
        reason: 'зарегистрирован на платформе, нет в списках классов',
      });
  for (const student of input.students)
    if (!links.has(student.studentId) && !usedStudents.has(student.studentId))
      mismatches.push({
        kind: 'not_registered',
        studentId: student.studentId,
        externalIds: [],
        confidence: null,
        reason: 'в списках классов, не зарегистрирован на платформе',
      });
  return { newLinks, mismatches };
}
