import type { Activity, Roadmap } from '../data/roadmap-queries';
import { byNumber } from '../shared/activity-window';

export interface StageGroup {
  number: number;
  title: string;
  activities: Activity[];
}

/** The activities under their stages, in the roadmap's order; stages without a matching activity are left out. */
export function groupByStage(activities: readonly Activity[], roadmap: Roadmap | undefined): StageGroup[] {
  const groups = new Map<number, StageGroup>();
  for (const stage of roadmap?.stages ?? []) groups.set(stage.number, { number: stage.number, title: stage.title, activities: [] });
  for (const activity of [...activities].sort(byNumber)) {
    const group = groups.get(activity.stage.number) ?? { ...activity.stage, activities: [] };
    group.activities.push(activity);
    groups.set(activity.stage.number, group);
  }
  return [...groups.values()].filter((group) => group.activities.length > 0).sort((a, b) => a.number - b.number);
}
