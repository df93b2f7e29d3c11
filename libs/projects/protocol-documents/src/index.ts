export {
  PROTOCOL_TITLE,
  awardName,
  signatureLine,
  summaryProtocol,
  type ProtocolAward,
  type ProtocolStanding,
  type ProtocolWork,
  type ProtocolWorkSummary,
  type SummaryProtocol,
  type SummaryProtocolInput,
} from './lib/protocol-model';
export { summaryProtocolXlsx } from './lib/summary-protocol.xlsx';
export { summaryProtocolDocx } from './lib/summary-protocol.docx';
