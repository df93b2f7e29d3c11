import { ByIdRequest, defineRpc, pageOf, TransferFileView } from '@orbita/contracts';
import { ListTrainingsQuery, RecordTrainingCommand, TrainingView, UpdateTrainingCommand } from './trainings';
import {
  CreateAgreementRequest,
  ListAgreementsQuery,
  UpdateAgreementRequest,
  AgreementView,
} from './agreements';
import {
  CreateMunicipalityRequest,
  ListMunicipalitiesQuery,
  MunicipalityView,
  UpdateMunicipalityRequest,
} from './municipalities';
import {
  CreatePartnerRequest,
  CreateSchoolRequest,
  ListOrganisationsQuery,
  ListPartnersQuery,
  ListSchoolsQuery,
  OrganisationView,
  PartnerView,
  SchoolView,
  UpdatePartnerRequest,
  UpdateSchoolRequest,
} from './organisations';
import {
  CreatePersonRequest,
  DeactivatePersonRequest,
  ListPeopleQuery,
  PersonView,
  UpdatePersonRequest,
} from './people';
import {
  AddParticipationRequest,
  CreateProgrammeRequest,
  ListParticipationQuery,
  ListProgrammesQuery,
  ParticipationView,
  ProgrammeView,
  RemoveParticipationRequest,
  UpdateProgrammeRequest,
} from './programmes';
import {
  AttachedEvidenceView,
  AttachEvidenceCommand,
  EvidenceView,
  ListEvidenceQuery,
  ListRoadmapActivitiesQuery,
  ListRoadmapsQuery,
  RoadmapActivityDetailView,
  RoadmapActivityView,
  RoadmapSummaryView,
  RoadmapView,
  UpdateRoadmapActivityCommand,
} from './roadmap';

// Scopes: the region's reference data (municipalities, partners, programmes) reads the same for
// everyone and is kept region-wide; schools' records (schools, agreements, participation, people) are
// confined to a school-scoped caller's own school.

/** Request/reply operations of the registry's organisations side. */
export const REGISTRY_RPC = {
  listMunicipalities: defineRpc({
    subject: 'registry.list.municipalities',
    request: ListMunicipalitiesQuery,
    response: pageOf(MunicipalityView),
    permission: 'schools:read',
    scope: 'open',
  }),
  getMunicipality: defineRpc({
    subject: 'registry.get.municipality',
    request: ByIdRequest,
    response: MunicipalityView,
    permission: 'schools:read',
    scope: 'open',
  }),
  createMunicipality: defineRpc({
    subject: 'registry.create.municipality',
    request: CreateMunicipalityRequest,
    response: MunicipalityView,
    permission: 'partners:write',
    scope: 'region',
  }),
  updateMunicipality: defineRpc({
    subject: 'registry.update.municipality',
    request: UpdateMunicipalityRequest,
    response: MunicipalityView,
    permission: 'partners:write',
    scope: 'region',
  }),
  /** Every kind; a school-scoped caller sees no other school. */
  listOrganisations: defineRpc({
    subject: 'registry.list.organisations',
    request: ListOrganisationsQuery,
    response: pageOf(OrganisationView),
    permission: 'partners:read',
    scope: 'school',
  }),
  listSchools: defineRpc({
    subject: 'registry.list.schools',
    request: ListSchoolsQuery,
    response: pageOf(SchoolView),
    permission: 'schools:read',
    scope: 'school',
  }),
  getSchool: defineRpc({
    subject: 'registry.get.school',
    request: ByIdRequest,
    response: SchoolView,
    permission: 'schools:read',
    scope: 'school',
  }),
  createSchool: defineRpc({
    subject: 'registry.create.school',
    request: CreateSchoolRequest,
    response: SchoolView,
    permission: 'schools:write',
    scope: 'region',
  }),
  /** A school account keeps its own school's card. */
  updateSchool: defineRpc({
    subject: 'registry.update.school',
    request: UpdateSchoolRequest,
    response: SchoolView,
    permission: 'schools:write',
    scope: 'school',
  }),
  listPartners: defineRpc({
    subject: 'registry.list.partners',
    request: ListPartnersQuery,
    response: pageOf(PartnerView),
    permission: 'partners:read',
    scope: 'open',
  }),
  getPartner: defineRpc({
    subject: 'registry.get.partner',
    request: ByIdRequest,
    response: PartnerView,
    permission: 'partners:read',
    scope: 'open',
  }),
  createPartner: defineRpc({
    subject: 'registry.create.partner',
    request: CreatePartnerRequest,
    response: PartnerView,
    permission: 'partners:write',
    scope: 'region',
  }),
  updatePartner: defineRpc({
    subject: 'registry.update.partner',
    request: UpdatePartnerRequest,
    response: PartnerView,
    permission: 'partners:write',
    scope: 'region',
  }),
  listAgreements: defineRpc({
    subject: 'registry.list.agreements',
    request: ListAgreementsQuery,
    response: pageOf(AgreementView),
    permission: 'agreements:read',
    scope: 'school',
  }),
  getAgreement: defineRpc({
    subject: 'registry.get.agreement',
    request: ByIdRequest,
    response: AgreementView,
    permission: 'agreements:read',
    scope: 'school',
  }),
  createAgreement: defineRpc({
    subject: 'registry.create.agreement',
    request: CreateAgreementRequest,
    response: AgreementView,
    permission: 'agreements:write',
    scope: 'school',
  }),
  updateAgreement: defineRpc({
    subject: 'registry.update.agreement',
    request: UpdateAgreementRequest,
    response: AgreementView,
    permission: 'agreements:write',
    scope: 'school',
  }),
  listProgrammes: defineRpc({
    subject: 'registry.list.programmes',
    request: ListProgrammesQuery,
    response: pageOf(ProgrammeView),
    permission: 'programmes:read',
    scope: 'open',
  }),
  getProgramme: defineRpc({
    subject: 'registry.get.programme',
    request: ByIdRequest,
    response: ProgrammeView,
    permission: 'programmes:read',
    scope: 'open',
  }),
  createProgramme: defineRpc({
    subject: 'registry.create.programme',
    request: CreateProgrammeRequest,
    response: ProgrammeView,
    permission: 'programmes:write',
    scope: 'region',
  }),
  updateProgramme: defineRpc({
    subject: 'registry.update.programme',
    request: UpdateProgrammeRequest,
    response: ProgrammeView,
    permission: 'programmes:write',
    scope: 'region',
  }),
  listParticipation: defineRpc({
    subject: 'registry.list.participation',
    request: ListParticipationQuery,
    response: pageOf(ParticipationView),
    permission: 'programmes:read',
    scope: 'school',
  }),
  addParticipation: defineRpc({
    subject: 'registry.add.participation',
    request: AddParticipationRequest,
    response: ParticipationView,
    permission: 'programmes:write',
    scope: 'school',
  }),
  /** Answers the participation as it was. */
  removeParticipation: defineRpc({
    subject: 'registry.remove.participation',
    request: RemoveParticipationRequest,
    response: ParticipationView,
    permission: 'programmes:write',
    scope: 'school',
  }),
  listPeople: defineRpc({
    subject: 'registry.list.people',
    request: ListPeopleQuery,
    response: pageOf(PersonView),
    permission: 'people:read',
    scope: 'school',
  }),
  getPerson: defineRpc({
    subject: 'registry.get.person',
    request: ByIdRequest,
    response: PersonView,
    permission: 'people:read',
    scope: 'school',
  }),
  createPerson: defineRpc({
    subject: 'registry.create.person',
    request: CreatePersonRequest,
    response: PersonView,
    permission: 'people:write',
    scope: 'school',
  }),
  updatePerson: defineRpc({
    subject: 'registry.update.person',
    request: UpdatePersonRequest,
    response: PersonView,
    permission: 'people:write',
    scope: 'school',
  }),
  deactivatePerson: defineRpc({
    subject: 'registry.deactivate.person',
    request: DeactivatePersonRequest,
    response: PersonView,
    permission: 'people:write',
    scope: 'school',
  }),
};

/** Request/reply operations of the roadmap; a school account sees its own school's evidence only. */
export const ROADMAP_RPC = {
  listRoadmaps: defineRpc({
    subject: 'registry.list.roadmaps',
    request: ListRoadmapsQuery,
    response: pageOf(RoadmapSummaryView),
    permission: 'roadmap:read',
    scope: 'open',
  }),
  getRoadmap: defineRpc({
    subject: 'registry.get.roadmap',
    request: ByIdRequest,
    response: RoadmapView,
    permission: 'roadmap:read',
    scope: 'school',
  }),
  listActivities: defineRpc({
    subject: 'registry.list.roadmap-activities',
    request: ListRoadmapActivitiesQuery,
    response: pageOf(RoadmapActivityView),
    permission: 'roadmap:read',
    scope: 'school',
  }),
  getActivity: defineRpc({
    subject: 'registry.get.roadmap-activity',
    request: ByIdRequest,
    response: RoadmapActivityDetailView,
    permission: 'roadmap:read',
    scope: 'school',
  }),
  /** Activities are the region's: whoever may write the roadmap changes any of them. */
  updateActivity: defineRpc({
    subject: 'registry.update.roadmap-activity',
    request: UpdateRoadmapActivityCommand,
    response: RoadmapActivityView,
    permission: 'roadmap:write',
    scope: 'open',
  }),
  attachEvidence: defineRpc({
    subject: 'registry.attach.evidence',
    request: AttachEvidenceCommand,
    response: AttachedEvidenceView,
    permission: 'roadmap:evidence',
    scope: 'school',
  }),
  listEvidence: defineRpc({
    subject: 'registry.list.evidence',
    request: ListEvidenceQuery,
    response: [EvidenceView],
    permission: 'roadmap:read',
    scope: 'school',
  }),
  /** Puts the file in the transfer bucket and answers where (see TransferBucket in messaging). */
  downloadEvidence: defineRpc({
    subject: 'registry.download.evidence',
    request: ByIdRequest,
    response: TransferFileView,
    permission: 'roadmap:read',
    scope: 'school',
  }),
  deleteEvidence: defineRpc({
    subject: 'registry.delete.evidence',
    request: ByIdRequest,
    response: null,
    permission: 'roadmap:evidence',
    scope: 'school',
  }),
  /** Trainings of teachers are recorded by the region (roadmap:write), whoever the attendees' schools. */
  recordTraining: defineRpc({
    subject: 'registry.record.training',
    request: RecordTrainingCommand,
    response: TrainingView,
    permission: 'roadmap:write',
    scope: 'open',
  }),
  updateTraining: defineRpc({
    subject: 'registry.update.training',
    request: UpdateTrainingCommand,
    response: TrainingView,
    permission: 'roadmap:write',
    scope: 'open',
  }),
  /** A school account sees the trainings its own teachers attended, with those attendees only. */
  listTrainings: defineRpc({
    subject: 'registry.list.trainings',
    request: ListTrainingsQuery,
    response: [TrainingView],
    permission: 'roadmap:read',
    scope: 'school',
  }),
};
