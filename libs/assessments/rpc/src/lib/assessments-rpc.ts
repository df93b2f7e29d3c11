import { ByIdRequest, defineRpc, pageOf, TransferFileView } from '@orbita/contracts';
import {
  IssuedParticipantCodesView,
  IssueParticipantCodesCommand,
  ListParticipantCodesQuery,
  ParticipantCodeView,
} from './participant-codes';
import {
  ListProtocolRowsQuery,
  ListProtocolsQuery,
  ProtocolRowView,
  ProtocolUploadView,
  ProtocolVersionView,
  ProtocolView,
  ReturnProtocolCommand,
  UploadedProtocolView,
  UploadProtocolCommand,
} from './protocols';
import {
  CreateWorkCommand,
  ExportProtocolTemplateRequest,
  GetWorkVersionRequest,
  ListWorksQuery,
  RevisedWorkView,
  ReviseWorkCommand,
  WorkVersionView,
  WorkView,
} from './works';

/**
 * Request/reply operations of assessments. `school`: a school account sees the works its school takes
 * and only its school's codes, templates and protocols; reviewing protocols is the regional centre's.
 */
export const ASSESSMENTS_RPC = {
  listWorks: defineRpc({ subject: 'assessments.list.works', request: ListWorksQuery, response: pageOf(WorkView), permission: 'works:read', scope: 'school' }),
  getWork: defineRpc({ subject: 'assessments.get.work', request: ByIdRequest, response: WorkView, permission: 'works:read', scope: 'school' }),
  createWork: defineRpc({ subject: 'assessments.create.work', request: CreateWorkCommand, response: WorkView, permission: 'works:write', scope: 'open' }),
  /** Changes the current blueprint in place while no protocol refers to it, else publishes the next version. */
  reviseWork: defineRpc({ subject: 'assessments.revise.work', request: ReviseWorkCommand, response: RevisedWorkView, permission: 'works:write', scope: 'open' }),
  /** Always publishes the blueprint as the next version. */
  publishWorkVersion: defineRpc({
    subject: 'assessments.publish.work-version',
    request: ReviseWorkCommand,
    response: RevisedWorkView,
    permission: 'works:write',
    scope: 'open',
  }),
  getWorkVersion: defineRpc({
    subject: 'assessments.get.work-version',
    request: GetWorkVersionRequest,
    response: WorkVersionView,
    permission: 'works:read',
    scope: 'school',
  }),
  issueParticipantCodes: defineRpc({
    subject: 'assessments.issue.participant-codes',
    request: IssueParticipantCodesCommand,
    response: IssuedParticipantCodesView,
    permission: 'protocols:submit',
    scope: 'school',
  }),
  listParticipantCodes: defineRpc({
    subject: 'assessments.list.participant-codes',
    request: ListParticipantCodesQuery,
    response: pageOf(ParticipantCodeView),
    permission: 'protocols:read',
    scope: 'school',
  }),
  /** Puts the XLSX template in the transfer bucket and answers where (see TransferBucket in messaging). */
  exportProtocolTemplate: defineRpc({
    subject: 'assessments.export.protocol-template',
    request: ExportProtocolTemplateRequest,
    response: TransferFileView,
    permission: 'works:read',
    scope: 'school',
  }),
  /** Reads, validates and stores the file waiting in the transfer bucket; deletes it, accepted or not. */
  uploadProtocol: defineRpc({
    subject: 'assessments.upload.protocol',
    request: UploadProtocolCommand,
    response: UploadedProtocolView,
    permission: 'protocols:submit',
    scope: 'school',
  }),
  getProtocolUpload: defineRpc({
    subject: 'assessments.get.protocol-upload',
    request: ByIdRequest,
    response: ProtocolUploadView,
    permission: 'protocols:read',
    scope: 'school',
  }),
  listProtocols: defineRpc({
    subject: 'assessments.list.protocols',
    request: ListProtocolsQuery,
    response: pageOf(ProtocolView),
    permission: 'protocols:read',
    scope: 'school',
  }),
  getProtocol: defineRpc({ subject: 'assessments.get.protocol', request: ByIdRequest, response: ProtocolView, permission: 'protocols:read', scope: 'school' }),
  listProtocolRows: defineRpc({
    subject: 'assessments.list.protocol-rows',
    request: ListProtocolRowsQuery,
    response: pageOf(ProtocolRowView),
    permission: 'protocols:read',
    scope: 'school',
  }),
  listProtocolVersions: defineRpc({
    subject: 'assessments.list.protocol-versions',
    request: ByIdRequest,
    response: [ProtocolVersionView],
    permission: 'protocols:read',
    scope: 'school',
  }),
  submitProtocol: defineRpc({ subject: 'assessments.submit.protocol', request: ByIdRequest, response: ProtocolView, permission: 'protocols:submit', scope: 'school' }),
  /** Reviews are the regional centre's: a school account is refused before the handler. */
  acceptProtocol: defineRpc({ subject: 'assessments.accept.protocol', request: ByIdRequest, response: ProtocolView, permission: 'protocols:review', scope: 'region' }),
  returnProtocol: defineRpc({
    subject: 'assessments.return.protocol',
    request: ReturnProtocolCommand,
    response: ProtocolView,
    permission: 'protocols:review',
    scope: 'region',
  }),
} as const;
