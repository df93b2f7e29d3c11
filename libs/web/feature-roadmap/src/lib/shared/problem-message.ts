import { isApiError } from '@orbita/web/core';
import type { TFunction } from 'i18next';

const BY_CODE: Record<string, string> = {
  'REGISTRY.STALE_VERSION': 'errors.stale',
  'REGISTRY.EVIDENCE_TOO_LARGE': 'errors.tooLarge',
  'REGISTRY.EVIDENCE_TYPE_NOT_ALLOWED': 'errors.typeNotAllowed',
  'REGISTRY.EVIDENCE_EMPTY': 'errors.empty',
  'REGISTRY.EVIDENCE_NOT_FOR_SCHOOLS': 'errors.notForSchools',
  'REGISTRY.EVIDENCE_OUTSIDE_SCOPE': 'errors.outsideScope',
  'REGISTRY.EVIDENCE_UPLOAD_MISSING': 'errors.uploadMissing',
  'REGISTRY.ROADMAP_ACTIVITY_NOT_FOUND': 'errors.notFound',
  'REGISTRY.ROADMAP_DELIVERABLE_NOT_FOUND': 'errors.notFound',
  'REGISTRY.EVIDENCE_NOT_FOUND': 'errors.notFound',
  'REGISTRY.TRAINING_ATTENDEE_NOT_A_TEACHER': 'errors.notTeachers',
  'REGISTRY.TRAINING_INVALID_DATES': 'errors.trainingDates',
};

const BY_STATUS: Record<number, string> = {
  404: 'errors.notFound',
  409: 'errors.stale',
  413: 'errors.tooLarge',
  415: 'errors.typeNotAllowed',
  429: 'errors.tooMany',
};

/**
 * A failed roadmap action in the user's words: a known problem code (or status) in their language, with
 * the server's own detail kept beside it for support.
 */
export function problemMessage(t: TFunction<'roadmap'>, error: unknown): { message: string; detail?: string } {
  if (!isApiError(error)) return { message: error instanceof Error ? error.message : t('errors.generic') };
  const key = (error.code && BY_CODE[error.code]) || BY_STATUS[error.status];
  const detail = error.problem.detail || error.problem.title;
  return key ? { message: t(key), detail } : { message: detail || t('errors.generic') };
}
