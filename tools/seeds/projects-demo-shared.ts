// What the projects demo's parts share: the actors the seed plays, the sections, the context.
import type { Actor } from '@orbita/auth';
import { isCodedError } from '@orbita/observability';
import { DEMO_SEED_ACCOUNT_ID } from './assessments-demo-protocols';
import type { DemoDocuments } from './projects-demo-documents';

/** The regional centre as the seed acts: no gateway account has this id. */
export const DEMO_REGION: Actor = { userId: DEMO_SEED_ACCOUNT_ID, role: 'regional_coordinator' };

export const schoolActor = (schoolId: string): Actor => ({
  userId: DEMO_SEED_ACCOUNT_ID,
  role: 'school_coordinator',
  schoolId,
});

export const expertActor = (personId: string): Actor => ({
  userId: DEMO_SEED_ACCOUNT_ID,
  role: 'expert',
  schoolId: null,
  personId,
});

/** The three sections of both seasons, by subject area code. */
export const DEMO_SECTIONS = [
  { subjectArea: 'natural_sciences', title: 'Естественно-научное направление' },
  { subjectArea: 'engineering', title: 'Инженерно-техническое направление' },
  { subjectArea: 'humanities', title: 'Гуманитарное направление' },
] as const;
export type DemoSectionArea = (typeof DEMO_SECTIONS)[number]['subjectArea'];

/** What the demo is built from: the registry's schools, partners and people, enrollment's students. */
export interface ProjectsDemoContext {
  today: string;
  pastYear: number;
  currentYear: number;
  /** Active schools by short name. */
  schools: string[];
  /** Each school's teachers, oldest first. */
  teachers: Map<string, string[]>;
  /** Each school's students of a school year, by id. */
  students: (schoolId: string, schoolYear: number) => string[];
  /** Partner universities' organisation ids by short name. */
  partners: Map<string, string>;
  /** The experts' person ids by section, in DEMO_EXPERTS order. */
  experts: Map<DemoSectionArea, string[]>;
  /** Experts working at a school: the school's id by the expert's. */
  expertSchools: Map<string, string>;
  /** The expert who scores everyone lower (the severity column has someone to show). */
  severeExpert: string;
  /** Uploads the works' files and the facts' evidence. */
  documents: DemoDocuments;
}

/** A catch handler that takes the coded error `code` as "nothing to do" (undefined) and rethrows others. */
export const unless =
  (code: string) =>
  (error: unknown): undefined => {
    if (isCodedError(error) && error.code === code) return undefined;
    throw error;
  };
