import type { Schemas } from '@orbita/web/core';

export type Work = Schemas['Work'];
export type WorkKind = Work['kind'];
export type Protocol = Schemas['Protocol'];
export type ProtocolStatus = Protocol['status'];
export type ProtocolVersion = Schemas['ProtocolVersion'];
export type ProtocolProblem = Schemas['ProtocolProblem'];
export type ProtocolUpload = Schemas['ProtocolUpload'];
export type UploadedProtocol = Schemas['UploadedProtocol'];
export type CompletenessLine = Schemas['CompletenessLine'];
export type CompletenessStatus = CompletenessLine['status'];

export const WORK_KINDS: readonly WorkKind[] = ['selection', 'intermediate', 'final', 'invitational', 'olympiad', 'teacher_competency'];
export const SUBJECTS = ['math', 'physics', 'informatics', 'chemistry', 'biology'] as const;
