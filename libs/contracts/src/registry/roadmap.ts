/** Stored progress of an activity; `overdue` is never stored, it is derived from the window and the date. */
export const ROADMAP_ACTIVITY_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type RoadmapActivityStatus = (typeof ROADMAP_ACTIVITY_STATUSES)[number];

/** Document formats accepted as evidence, recognised by their content (magic bytes), not their name. */
export const EVIDENCE_FORMATS = ['PDF', 'DOCX', 'XLSX', 'DOC', 'XLS', 'JPEG', 'PNG', 'ODT'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];
