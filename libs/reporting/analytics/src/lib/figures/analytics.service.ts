import { Injectable } from '@nestjs/common';
import type {
  SchoolAnalyticsRequest,
  SchoolAnalyticsView,
  SchoolSummaryView,
  TaskDifficultyRequest,
  TaskDifficultyView,
  WorkAnalyticsRequest,
  WorkAnalyticsView,
} from '@orbita/reporting/rpc';
import { AnalyticsReader, workView, type AnalyticsReads } from '../shared/analytics-reader';
import { SchoolNotFound } from '../shared/reporting-errors';
import { withinScope, type SchoolScope } from '@orbita/auth';
import {
  difference,
  roundScore,
  roundShare,
  scoreFiguresView,
  scoreStats,
  statsView,
  taskStats,
  type TaskStats,
} from './score-figures';

const byClassLabel = new Intl.Collator('ru', { numeric: true });

/**
 * Figures of a work for the region, its schools and their classes. A school-scoped caller sees the
 * region's aggregates and their own school, never another school's rows.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly reader: AnalyticsReader) {}

  workAnalytics({ workId }: WorkAnalyticsRequest, scope: SchoolScope): Promise<WorkAnalyticsView> {
    return this.reader.snapshot(async (reads) => {
      const work = await reads.requireWork(workId, scope);
      const region = await regionFigures(reads, workId);
      const regionMean = scoreStats(region.frequencies).mean;
      const bySchool = await reads.frequencies(workId, { schoolId: scope }, 'school_id');
      const schools = (await reads.results(workId, scope)).map((result): SchoolSummaryView => {
        const stats = scoreStats(bySchool.get(result.schoolId) ?? []);
        return {
          ...result,
          ...statsView(stats),
          meanDifference: roundScore(difference(stats.mean, regionMean)),
        };
      });
      return {
        work: workView(work),
        region: scoreFiguresView(work, region.frequencies, region.sums),
        provisionalSchools: await reads.provisionalSchools(workId),
        schools,
      };
    });
  }

  schoolAnalytics(
    { workId, schoolId }: SchoolAnalyticsRequest,
    scope: SchoolScope,
  ): Promise<SchoolAnalyticsView> {
    if (!withinScope(scope, schoolId)) throw new SchoolNotFound(workId, schoolId);
    return this.reader.snapshot(async (reads) => {
      const work = await reads.requireWork(workId, scope);
      const [result] = await reads.results(workId, schoolId);
      if (!result && !work.schoolIds.includes(schoolId)) throw new SchoolNotFound(workId, schoolId);
      const [school] = await reads.schoolRefs([schoolId]);
      const filter = { schoolId };
      const frequencies = (await reads.frequencies(workId, filter)).get('') ?? [];
      const sums = (await reads.taskSums(workId, filter)).get('') ?? [];
      const classFrequencies = await reads.frequencies(workId, filter, 'class_label');
      const classSums = await reads.taskSums(workId, filter, 'class_label');
      const region = await regionFigures(reads, workId);

      const schoolMean = scoreStats(frequencies).mean;
      // Both lists follow the blueprint's tasks, in order.
      const schoolTasks = taskStats(work, sums);
      const regionTasks = taskStats(work, region.sums);
      return {
        work: workView(work),
        school,
        versionIds: result?.versionIds ?? [],
        provisional: result?.provisional ?? false,
        figures: scoreFiguresView(work, frequencies, sums),
        classes: [...classFrequencies]
          .sort(([a], [b]) => byClassLabel.compare(a, b))
          .map(([classLabel, classFigures]) => ({
            classLabel,
            figures: scoreFiguresView(work, classFigures, classSums.get(classLabel) ?? []),
          })),
        region: scoreFiguresView(work, region.frequencies, region.sums),
        regionProvisionalSchools: await reads.provisionalSchools(workId),
        comparison: {
          meanDifference: roundScore(difference(schoolMean, scoreStats(region.frequencies).mean)),
          tasks: schoolTasks.map((task, index) => compareTask(task, regionTasks[index])),
        },
      };
    });
  }

  /** Tasks from the hardest (lowest solved share in the region) to the easiest. */
  taskDifficulty(
    { workId, schoolId: asked }: TaskDifficultyRequest,
    scope: SchoolScope,
  ): Promise<TaskDifficultyView> {
    if (scope !== null && asked !== undefined && asked !== scope) throw new SchoolNotFound(workId, asked);
    const schoolId = scope ?? asked ?? null;
    return this.reader.snapshot(async (reads) => {
      const work = await reads.requireWork(workId, scope);
      const region = await regionFigures(reads, workId);
      const school = schoolId
        ? new Map(
            taskStats(work, (await reads.taskSums(workId, { schoolId })).get('') ?? []).map((task) => [
              task.number,
              task,
            ]),
          )
        : undefined;
      const ranked = taskStats(work, region.sums).sort(
        (a, b) => (a.solvedShare ?? Infinity) - (b.solvedShare ?? Infinity) || a.number - b.number,
      );
      return {
        work: workView(work),
        schoolId,
        tasks: ranked.map((task, index) => ({
          rank: index + 1,
          number: task.number,
          label: task.label,
          topic: task.topic,
          maxScore: task.maxScore,
          participants: task.participants,
          solvedShare: roundShare(task.solvedShare),
          fullShare: roundShare(task.fullShare),
          zeroShare: roundShare(task.zeroShare),
          schoolSolvedShare: roundShare(school?.get(task.number)?.solvedShare ?? null),
        })),
      };
    });
  }
}

async function regionFigures(reads: AnalyticsReads, workId: string) {
  return {
    frequencies: (await reads.frequencies(workId, {})).get('') ?? [],
    sums: (await reads.taskSums(workId, {})).get('') ?? [],
  };
}

function compareTask(school: TaskStats, region: TaskStats) {
  return {
    number: school.number,
    label: school.label,
    schoolMean: roundScore(school.mean),
    regionMean: roundScore(region.mean),
    meanDifference: roundScore(difference(school.mean, region.mean)),
    schoolSolvedShare: roundShare(school.solvedShare),
    regionSolvedShare: roundShare(region.solvedShare),
    solvedShareDifference: roundShare(difference(school.solvedShare, region.solvedShare)),
  };
}
