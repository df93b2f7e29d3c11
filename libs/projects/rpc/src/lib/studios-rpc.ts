import { ByIdRequest, defineRpc, ListQuery, TransferFileView } from '@orbita/contracts';
import { AttachFactEvidenceCommand, FactEvidenceView } from './documents';
import {
  ApplyForStudioCommand,
  ByCycleRequest,
  CreditFactView,
  DecideStudioApplicationCommand,
  ExplainStudioStandingRequest,
  ListCreditFactsQuery,
  ListStudioApplicationsQuery,
  OpenStudioCycleCommand,
  PreviewStudioRankingCommand,
  ResubmitStudioApplicationCommand,
  SetStudioCriteriaCommand,
  StudioApplicationView,
  StudioCycleView,
  StudioRankingPreviewView,
  StudioRankingView,
  StudioStandingExplanationView,
  StudioView,
  SubmitCreditFactCommand,
  VerifyCreditFactCommand,
} from './studios';

/**
 * Request/reply operations of the studios («Уроки настоящего») in the projects service, each answered
 * by an `@RpcHandler(STUDIOS_RPC.<name>)` method. Cycles, decisions, verification and the ranking are
 * the regional centre's (`projects:manage`); applications, studios and credit facts belong to schools,
 * whose coordinators apply and submit (`projects:register`) and read only their own.
 */
export const STUDIOS_RPC = {
  /** A cycle per school year: its application window, criteria set and number of leaders. */
  openCycle: defineRpc({
    subject: 'projects.open.studio-cycle',
    request: OpenStudioCycleCommand,
    response: StudioCycleView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Replaces the cycle's criteria set until its ranking is published. */
  setCriteria: defineRpc({
    subject: 'projects.set.studio-criteria',
    request: SetStudioCriteriaCommand,
    response: StudioCycleView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  listCycles: defineRpc({
    subject: 'projects.list.studio-cycles',
    request: ListQuery,
    response: [StudioCycleView],
    permission: 'projects:read',
    scope: 'open',
  }),
  getCycle: defineRpc({
    subject: 'projects.get.studio-cycle',
    request: ByIdRequest,
    response: StudioCycleView,
    permission: 'projects:read',
    scope: 'open',
  }),
  /** A school's application to open a studio, inside the cycle's window. */
  apply: defineRpc({
    subject: 'projects.apply.studio',
    request: ApplyForStudioCommand,
    response: StudioApplicationView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** The school's edited application, after the centre returned it with a comment. */
  resubmitApplication: defineRpc({
    subject: 'projects.resubmit.studio-application',
    request: ResubmitStudioApplicationCommand,
    response: StudioApplicationView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** Approves (opening the studio), returns with a comment, or rejects with a reason. */
  decideApplication: defineRpc({
    subject: 'projects.decide.studio-application',
    request: DecideStudioApplicationCommand,
    response: StudioApplicationView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  getApplication: defineRpc({
    subject: 'projects.get.studio-application',
    request: ByIdRequest,
    response: StudioApplicationView,
    permission: 'projects:read',
    scope: 'school',
  }),
  listApplications: defineRpc({
    subject: 'projects.list.studio-applications',
    request: ListStudioApplicationsQuery,
    response: [StudioApplicationView],
    permission: 'projects:read',
    scope: 'school',
  }),
  listStudios: defineRpc({
    subject: 'projects.list.studios',
    request: ByCycleRequest,
    response: [StudioView],
    permission: 'projects:read',
    scope: 'school',
  }),
  /** A fact towards an indicator of the cycle, pending until the centre verifies it. */
  submitFact: defineRpc({
    subject: 'projects.submit.credit-fact',
    request: SubmitCreditFactCommand,
    response: CreditFactView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** Accepts a pending fact, or rejects it with a reason. */
  verifyFact: defineRpc({
    subject: 'projects.verify.credit-fact',
    request: VerifyCreditFactCommand,
    response: CreditFactView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  listFacts: defineRpc({
    subject: 'projects.list.credit-facts',
    request: ListCreditFactsQuery,
    response: [CreditFactView],
    permission: 'projects:read',
    scope: 'school',
  }),
  /** Every studio's total and place from the accepted facts (the published ranking once published). */
  getRanking: defineRpc({
    subject: 'projects.get.studio-ranking',
    request: ByCycleRequest,
    response: StudioRankingView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Which indicators earned a studio its points and its gap to the next place; a school sees its own. */
  explainStanding: defineRpc({
    subject: 'projects.explain.studio-standing',
    request: ExplainStudioStandingRequest,
    response: StudioStandingExplanationView,
    permission: 'projects:read',
    scope: 'school',
  }),
  /** The ranking under an edited criteria set beside the current one; nothing is saved. */
  previewRanking: defineRpc({
    subject: 'projects.preview.studio-ranking',
    request: PreviewStudioRankingCommand,
    response: StudioRankingPreviewView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Publishes the ranking and names the leaders; the cycle's criteria and facts are frozen from then. */
  publishRanking: defineRpc({
    subject: 'projects.publish.studio-ranking',
    request: ByCycleRequest,
    response: StudioRankingView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Sets (or replaces) a pending fact's evidence file, checked by its content and size. */
  attachFactEvidence: defineRpc({
    subject: 'projects.attach.credit-fact-evidence',
    request: AttachFactEvidenceCommand,
    response: FactEvidenceView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** What is known of a fact's evidence (404 while it has none). */
  getFactEvidence: defineRpc({
    subject: 'projects.get.credit-fact-evidence',
    request: ByIdRequest,
    response: FactEvidenceView,
    permission: 'projects:read',
    scope: 'school',
  }),
  /** Puts a fact's evidence in the transfer bucket for the gateway to stream (its school, the region). */
  downloadFactEvidence: defineRpc({
    subject: 'projects.download.credit-fact-evidence',
    request: ByIdRequest,
    response: TransferFileView,
    permission: 'projects:read',
    scope: 'school',
  }),
};
