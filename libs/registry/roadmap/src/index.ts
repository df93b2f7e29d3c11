export { ROADMAP_ENTITIES, ROADMAP_MIGRATIONS, RoadmapModule } from './lib/roadmap.module';
export type { RoadmapEnvironment } from './lib/roadmap-settings';
export { seedRoadmapDemo } from './lib/seed/seed-roadmap-demo';
export { checkDeadlinesNow, type DeadlineCheckResult } from './lib/deadlines/deadline-watch.service';
