import { Injectable } from '@nestjs/common';
import {
  StudiosErrorCode,
  type OpenStudioCycleCommand,
  type SetStudioCriteriaCommand,
  type StudioCycleView,
} from '@orbita/projects/rpc';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { validCriteria } from '../shared/criteria';
import { cycleNotFound, duplicateCycle, rankingPublished, StudiosProblem } from '../shared/studios-errors';
import { StudiosStore } from '../shared/studios-store';
import { StudioCycle, studioCycleView } from './studio-cycle.entity';

/** How many places name the year's leaders unless the cycle says otherwise. */
export const DEFAULT_LEADER_COUNT = 3;

/** Studio cycles: one per school year, with its application window and regional-credit criteria. */
@Injectable()
export class CyclesService {
  constructor(private readonly store: StudiosStore) {}

  open(command: OpenStudioCycleCommand): Promise<StudioCycleView> {
    const criteria = validCriteria(command.criteria);
    if (command.applicationsCloseOn < command.applicationsOpenOn)
      throw new StudiosProblem(
        StudiosErrorCode.WINDOW_INVALID,
        400,
        'applicationsCloseOn',
        'The application window must not close before it opens',
      );
    return this.store.write(async (tx) => {
      if (await tx.manager.existsBy(StudioCycle, { schoolYear: command.schoolYear })) throw duplicateCycle();
      const cycle = tx.manager.create(StudioCycle, {
        id: randomUUID(),
        schoolYear: command.schoolYear,
        applicationsOpenOn: command.applicationsOpenOn,
        applicationsCloseOn: command.applicationsCloseOn,
        criteria,
        leaderCount: command.leaderCount ?? DEFAULT_LEADER_COUNT,
        rankingPublishedAt: null,
      });
      return studioCycleView(await tx.manager.save(cycle));
    });
  }

  setCriteria(command: SetStudioCriteriaCommand): Promise<StudioCycleView> {
    const criteria = validCriteria(command.criteria);
    return this.store.write(async (tx) => {
      const cycle = await findCycle(tx.manager, command.cycleId, { lock: 'pessimistic_write' });
      if (cycle.rankingPublishedAt) throw rankingPublished('criteria');
      cycle.criteria = criteria;
      return studioCycleView(await tx.manager.save(cycle));
    });
  }

  list(): Promise<StudioCycleView[]> {
    return this.store.read(async (manager) =>
      (await manager.find(StudioCycle, { order: { schoolYear: 'DESC' } })).map(studioCycleView),
    );
  }

  get(id: string): Promise<StudioCycleView> {
    return this.store.read(async (manager) => studioCycleView(await findCycle(manager, id, { field: 'id' })));
  }
}

/**
 * The cycle, or 404 naming `field`. Locked when asked: changing its criteria or publishing its ranking
 * takes it for writing, writing a fact shares it, so no fact changes under a ranking being published.
 */
export async function findCycle(
  manager: EntityManager,
  id: string,
  { lock, field = 'cycleId' }: { lock?: 'pessimistic_write' | 'pessimistic_read'; field?: string } = {},
): Promise<StudioCycle> {
  const cycle = await manager.findOne(StudioCycle, { where: { id }, ...(lock && { lock: { mode: lock } }) });
  if (!cycle) throw cycleNotFound(id, field);
  return cycle;
}
