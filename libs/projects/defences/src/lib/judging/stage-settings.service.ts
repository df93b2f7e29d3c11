import { Injectable } from '@nestjs/common';
import { assertValidAwardRule } from '@orbita/projects/judging';
import type { SaveStageSettingsCommand, StageSettingsView } from '@orbita/projects/rpc';
import { Stage } from '../seasons/season.entity';
import { stageClosed, stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';

/** How a stage turns sheets into results: set by the coordinator while the stage is open. */
@Injectable()
export class StageSettingsService {
  constructor(private readonly store: ProjectsStore) {}

  save(command: SaveStageSettingsCommand): Promise<StageSettingsView> {
    return this.store.write(async (tx) => {
      const stage = await tx.manager.findOne(Stage, {
        where: { id: command.stageId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stage) throw stageNotFound(command.stageId);
      if (stage.status === 'closed') throw stageClosed();
      // 422 (judging's AWARD_RULE_INVALID) for bands out of order.
      assertValidAwardRule(command.awards);
      stage.aggregation = command.aggregation;
      stage.divergenceThreshold = command.divergenceThreshold;
      stage.awardRule = { ...command.awards };
      stage.nominationQuota = command.nominationQuota ?? stage.nominationQuota;
      stage.expertsPerWork = command.expertsPerWork ?? stage.expertsPerWork;
      return stageSettingsOf(await tx.manager.save(stage));
    });
  }
}

export const stageSettingsOf = (stage: Stage): StageSettingsView => ({
  aggregation: stage.aggregation,
  divergenceThreshold: stage.divergenceThreshold,
  awards: stage.awardRule,
  nominationQuota: stage.nominationQuota,
  expertsPerWork: stage.expertsPerWork,
});
