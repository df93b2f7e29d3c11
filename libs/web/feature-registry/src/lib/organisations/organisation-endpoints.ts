import { api, type Schemas, unwrap } from '@orbita/web/core';
import { orNull } from '../shared/rules';

export type School = Schemas['School'];
export type Partner = Schemas['Partner'];
export type OrganisationRecord = School | Partner;
export type PartnerKind = Partner['kind'];
export const PARTNER_KINDS: readonly PartnerKind[] = [
  'university',
  'college',
  'enterprise',
  'research_institute',
  'other',
];

/** What the school and partner forms edit (text fields as typed; empty means "none"). */
export interface OrganisationFormValues {
  fullName: string;
  shortName: string;
  kind: PartnerKind | '';
  municipalityId: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  siriusId: string;
  inn: string;
  active: boolean;
}

export interface OrganisationQuery {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
  municipalityId?: string;
  active?: boolean;
  kind?: PartnerKind;
}

/**
 * Schools and partners are both organisations of the registry, with the same card and list; this is
 * what differs between them: the API paths, the permissions, the words (`entity` is the i18n section).
 */
export interface OrganisationEndpoints {
  entity: 'schools' | 'partners';
  /** Singular, for test ids: `school-card`, `partner-edit`… */
  one: 'school' | 'partner';
  readPermission: string;
  writePermission: string;
  /** Partners have a kind (вуз, СПО…) and may lie outside the region; schools have a municipality. */
  hasKind: boolean;
  list(query: OrganisationQuery): Promise<{ items: OrganisationRecord[]; total: number }>;
  get(id: string): Promise<OrganisationRecord>;
  create(values: OrganisationFormValues): Promise<OrganisationRecord>;
  update(record: OrganisationRecord, values: OrganisationFormValues): Promise<OrganisationRecord>;
}

function commonFields(values: OrganisationFormValues) {
  return {
    fullName: values.fullName.trim(),
    shortName: values.shortName.trim(),
    address: orNull(values.address),
    email: orNull(values.email),
    phone: orNull(values.phone),
    website: orNull(values.website),
    siriusId: orNull(values.siriusId),
    inn: orNull(values.inn),
    active: values.active,
  };
}

const schoolBody = (values: OrganisationFormValues) => ({
  ...commonFields(values),
  municipalityId: values.municipalityId,
});

const partnerBody = (values: OrganisationFormValues) => ({
  ...commonFields(values),
  kind: (values.kind || 'other') as PartnerKind,
  municipalityId: values.municipalityId || null,
});

export const schoolEndpoints: OrganisationEndpoints = {
  entity: 'schools',
  one: 'school',
  readPermission: 'schools:read',
  writePermission: 'schools:write',
  hasKind: false,
  // Schools have no kind to filter by.
  list: (query) => unwrap(api.GET('/api/v1/schools', { params: { query: { ...query, kind: undefined } } })),
  get: (id) => unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id } } })),
  create: (values) => unwrap(api.POST('/api/v1/schools', { body: schoolBody(values) })),
  update: (record, values) =>
    unwrap(
      api.PATCH('/api/v1/schools/{id}', {
        params: { path: { id: record.id } },
        body: { ...schoolBody(values), expectedVersion: record.version },
      }),
    ),
};

export const partnerEndpoints: OrganisationEndpoints = {
  entity: 'partners',
  one: 'partner',
  readPermission: 'partners:read',
  writePermission: 'partners:write',
  hasKind: true,
  list: (query) => unwrap(api.GET('/api/v1/partners', { params: { query } })),
  get: (id) => unwrap(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
  create: (values) => unwrap(api.POST('/api/v1/partners', { body: partnerBody(values) })),
  update: (record, values) =>
    unwrap(
      api.PATCH('/api/v1/partners/{id}', {
        params: { path: { id: record.id } },
        body: { ...partnerBody(values), expectedVersion: record.version },
      }),
    ),
};
