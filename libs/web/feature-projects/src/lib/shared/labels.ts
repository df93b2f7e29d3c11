import type { TFunction } from 'i18next';
import type { ProjectSeason, ProjectStage } from '../data/projects-queries';

/** «2025/26». */
export const schoolYearLabel = (schoolYear: number): string => `${schoolYear}/${String(schoolYear + 1).slice(-2)}`;

/** «Школьный этап 2025/26». */
export const stageLabel = (t: TFunction, stage: ProjectStage, season?: ProjectSeason): string =>
  season
    ? t('stageOfYear', { ns: 'projects', stage: t(`stageKind.${stage.kind}`, { ns: 'projects' }), year: schoolYearLabel(season.schoolYear) })
    : t(`stageKind.${stage.kind}`, { ns: 'projects' });

/** The section's title for a subject area, else its code. */
export const sectionTitle = (season: ProjectSeason | undefined, subjectArea: string): string =>
  season?.sections.find((section) => section.subjectArea === subjectArea)?.title ?? subjectArea;
