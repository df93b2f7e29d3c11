import type { JudgedWork } from '@orbita/projects/judging';
import type { Section } from '../seasons/season.entity';
import type { Work } from '../works/work.entity';

/** A work as the judging library sees it: its section and the organisations and people it involves. */
export function judgedWork(work: Work, section: Section): JudgedWork {
  return {
    id: work.id,
    sectionId: section.id,
    schoolId: work.schoolId,
    partnerIds: work.partnerOrganisationId ? [work.partnerOrganisationId] : [],
    supervisorIds: [work.supervisorId],
    consultantIds: work.consultantId ? [work.consultantId] : [],
  };
}

/** The section of each subject area of a season, by subject area. */
export const sectionsByArea = (sections: readonly Section[]): Map<string, Section> =>
  new Map(sections.map((section) => [section.subjectArea, section]));
