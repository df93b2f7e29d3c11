import type { ProjectSeason, ProjectStage } from '../data/projects-queries';

/** What every tab of a stage gets. */
export interface StagePanelProps {
  season: ProjectSeason;
  stage: ProjectStage;
}
