// Types of the demo region. Plain data: no database, no other libraries. Every entry has a stable `key`
// that other entries use to refer to it; organisation keys (regional centre, schools, partners, other
// organisations) share one namespace, so a person's or an agreement's `organisationKey` needs no kind.

/** ISO date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A school year by its starting calendar year: 2024 means 2024/25 (2024-09-01 .. 2025-08-31). */
export type SchoolYear = number;

export type MunicipalityKind = 'city_district' | 'municipal_district' | 'zato';

export interface DemoMunicipality {
  key: string;
  /** Russian name as users see it, e.g. "Город Томск". */
  name: string;
  kind: MunicipalityKind;
}

export interface DemoContacts {
  email?: string;
  phone?: string;
  website?: string;
  address?: string;
}

export interface DemoRegionalCentre extends DemoContacts {
  key: string;
  fullName: string;
  shortName: string;
  /** The expanded name, from seed 002. */
  expandedName: string;
  municipalityKey: string;
}

export interface DemoSchool extends DemoContacts {
  key: string;
  /** The official name exactly as in the status report (seed 000). */
  fullName: string;
  shortName: string;
  municipalityKey: string;
  /** Row number in the status report's table. */
  reportRow: number;
  /** The school's id on the Sirius.Schools platform (its OneRoster org sourcedId). */
  siriusId: string;
}

export type PartnerKind = 'university' | 'college' | 'enterprise' | 'research_institute' | 'other';

export interface DemoPartner extends DemoContacts {
  key: string;
  fullName: string;
  shortName: string;
  kind: PartnerKind;
  municipalityKey: string;
  /** How the seeds name it, verbatim (each string occurs in at least one seed). */
  mentionedAs: string[];
}

export type OtherOrganisationKind = 'authority' | 'foundation';

export interface DemoOtherOrganisation extends DemoContacts {
  key: string;
  fullName: string;
  shortName: string;
  kind: OtherOrganisationKind;
  /** Earlier names the seeds also use. */
  formerNames?: string[];
  /** Null for federal organisations outside the region. */
  municipalityKey: string | null;
}

export type ProgrammeKind = 'sirius_partner_schools' | 'lessons_of_the_present' | 'park_enoto';

export interface DemoProgramme {
  key: string;
  kind: ProgrammeKind;
  name: string;
  shortName: string;
  description: string;
  /** The organisation that runs it in the region. */
  operatorKey: string;
  /** The person coordinating it for the region, when the demo has one. */
  regionalCoordinatorKey?: string;
  /** First school year the region took part (per the seeds). */
  sinceSchoolYear: SchoolYear;
}

export type ParticipationRole = 'partner_school';

export interface DemoParticipation {
  programmeKey: string;
  schoolKey: string;
  schoolYear: SchoolYear;
  role: ParticipationRole;
  /** The school coordinator (a person key). */
  coordinatorKey: string;
}

export type AgreementStatus = 'active' | 'expired' | 'terminated';

export interface DemoAgreement {
  key: string;
  number: string;
  /** Date of signing. */
  date: IsoDate;
  validFrom: IsoDate;
  validTo: IsoDate;
  /** The school, regional centre or authority that signed. */
  partyKey: string;
  /** The partner (or foundation) on the other side. */
  counterpartyKey: string;
  programmeKey?: string;
  subject: string;
  obligations: string[];
  /** Status as of `DEMO_REFERENCE_DATE`. */
  status: AgreementStatus;
  terminatedOn?: IsoDate;
  /** 'seed' when number and date come from a seed document, 'invented' otherwise. */
  provenance: 'seed' | 'invented';
}

export type PersonRole =
  'regional_staff' | 'school_coordinator' | 'teacher' | 'mentor' | 'expert' | 'observer';

/** An invented person: no name here occurs in the seed documents. */
export interface DemoPerson {
  key: string;
  surname: string;
  name: string;
  patronymic: string;
  roles: PersonRole[];
  organisationKey: string;
  position: string;
  email: string;
  phone?: string;
}

export type RoadmapParticipantKind =
  | 'foundation'
  | 'department'
  | 'regional_centre'
  | 'schools'
  | 'partner_universities'
  | 'partner_enterprises'
  | 'other';

/**
 * When an activity happens.
 * - `dates`: an inclusive range; a single day has `from === to`. `fromInferred` marks a range the seed
 *   gave only a deadline for ("до …"), see the rule in roadmap.ts.
 * - `monthly`: recurs every month of the school year ("Ежемесячно").
 * - `during_year`: the whole school year ("В течение учебного года"), 2024-09-01 .. 2025-08-31 for 2024.
 */
export type RoadmapWindow =
  | { kind: 'dates'; from: IsoDate; to: IsoDate; fromInferred?: boolean }
  | { kind: 'monthly' }
  | { kind: 'during_year' };

/** A dated part of an activity when the seed gives several deadlines (e.g. school and final stage). */
export interface RoadmapMilestone {
  label?: string;
  window: Extract<RoadmapWindow, { kind: 'dates' }>;
  /** The part of the seed's "Сроки" cell for this milestone, verbatim. */
  windowText: string;
}

export interface DemoRoadmapStage {
  number: number;
  roman: string;
  title: string;
}

export interface DemoRoadmapActivity {
  /** As numbered in the seed ("1" … "29"). */
  number: string;
  stageNumber: number;
  /** The activity's name, verbatim (without the sub-items listed after a colon). */
  title: string;
  /** Sub-items the seed lists under the name ("– …"), verbatim. */
  details?: string[];
  participants: RoadmapParticipantKind[];
  /** Named organisations among the participants (foundation, department, regional centre). */
  participantOrganisationKeys: string[];
  /** The seed's "Участники" cell, verbatim. */
  participantsText: string;
  /** What each participant does, when the seed says so. */
  participantDuties?: Partial<Record<RoadmapParticipantKind, string>>;
  /** The whole span of the activity; with milestones, the envelope from the first to the last. */
  window: RoadmapWindow;
  /** The seed's "Сроки" cell, verbatim (whitespace normalised). */
  windowText: string;
  milestones?: RoadmapMilestone[];
  /** Expected results / documents, verbatim, one per item of the seed's list; empty when the seed gives none. */
  deliverables: string[];
  /** People answerable for the activity (regional staff). */
  responsiblePersonKeys: string[];
  /** Roles answerable at every participating school (e.g. each school's coordinator). */
  responsibleRoles: PersonRole[];
}

export interface DemoRoadmap {
  key: string;
  programmeKey: string;
  schoolYear: SchoolYear;
  title: string;
  /** Approved by the department's order (seed 000). */
  approvedBy: string;
  stages: readonly DemoRoadmapStage[];
  activities: readonly DemoRoadmapActivity[];
}
