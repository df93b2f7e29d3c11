/** The four rosters a platform serves, in the order a sync takes them (parents before children). */
export const SOURCE_KINDS = ['orgs', 'users', 'classes', 'enrollments'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `tobedeleted`: the platform will remove the record; we keep it and treat it as a proposal. */
export type SourceStatus = 'active' | 'tobedeleted';

interface SourceRecordBase {
  /** The platform's id of the record: our external id. */
  sourcedId: string;
  status: SourceStatus;
  /** ISO 8601, the platform's clock. */
  dateLastModified: string;
}

export interface SourceOrg extends SourceRecordBase {
  name: string;
  type: string;
  /** The platform's own short code of the organisation, when it has one. */
  identifier: string | null;
}

export type SourceUserRole = 'teacher' | 'student';

export interface SourceUser extends SourceRecordBase {
  role: SourceUserRole;
  givenName: string;
  familyName: string;
  middleName: string | null;
  /** YYYY-MM-DD; OneRoster keeps it in demographics, the platform passes it in the user's metadata. */
  birthDate: string | null;
  orgSourcedIds: string[];
  grades: string[];
}

export interface SourceClass extends SourceRecordBase {
  title: string;
  schoolSourcedId: string;
  grades: string[];
  subjects: string[];
}

export interface SourceEnrollment extends SourceRecordBase {
  role: SourceUserRole;
  userSourcedId: string;
  classSourcedId: string;
  schoolSourcedId: string;
}

export interface SourceRecords {
  orgs: SourceOrg;
  users: SourceUser;
  classes: SourceClass;
  enrollments: SourceEnrollment;
}

export type SourceRecord = SourceRecords[SourceKind];

/** One page of a roster: where it starts in the listing, its records, and the total the platform claims. */
export interface SourcePage<K extends SourceKind> {
  kind: K;
  offset: number;
  records: Array<SourceRecords[K]>;
  /** X-Total-Count, for progress only: paging stops on a short page, never on this count. */
  claimedTotal: number | null;
}

export interface ReadOptions {
  /** Only records modified after this instant (a delta); null reads everything. */
  since: Date | null;
  /** Where to resume in the listing (a run that stopped mid-way); 0 by default. */
  offset?: number;
  signal?: AbortSignal;
}

/**
 * A rostering platform seen as four deltas since a cursor, each an async iterable of pages. A reader stores
 * a page, then asks for the next: an implementation fetches lazily.
 */
export interface SourceConnector {
  pages<K extends SourceKind>(kind: K, options: ReadOptions): AsyncIterable<SourcePage<K>>;
}
