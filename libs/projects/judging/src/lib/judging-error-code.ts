/** Codes of the judging rules' failures; the projects service answers with them unchanged. */
export enum JudgingErrorCode {
  EXPERT_CONFLICTED = 'PROJECTS.EXPERT_CONFLICTED',
  SHEET_INVALID = 'PROJECTS.SHEET_INVALID',
  AWARD_RULE_INVALID = 'PROJECTS.AWARD_RULE_INVALID',
  QUOTA_INVALID = 'PROJECTS.QUOTA_INVALID',
}
