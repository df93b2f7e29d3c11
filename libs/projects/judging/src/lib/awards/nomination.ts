import { compareIds } from '../compare-ids';
import { QuotaInvalid } from './awards.exceptions';
import type { Ranked } from './ranking';

export interface Nomination {
  /** Works sent to the final, best ranked first. */
  readonly nominated: string[];
  /**
   * Works tied at the cut-off whose whole group would exceed the quota: none of them is nominated
   * automatically; the school chooses among them by hand (within the places left).
   */
  readonly tiedAtCutoff: string[];
}

/**
 * Up to `quota` works from a school's ranked school-stage list (see {@link competitionRanking}), best first.
 * Works tied at a rank go together or not at all: a tie never lets the school exceed its quota, nor picks
 * one tied work over another by id. Unranked works are never nominated.
 */
export function nominate(ranked: readonly Ranked[], quota: number): Nomination {
  if (!Number.isInteger(quota) || quota < 0) throw new QuotaInvalid(quota);
  const groups = new Map<number, string[]>();
  for (const { id, rank } of ranked) {
    if (rank === null) continue;
    const group = groups.get(rank);
    if (group) group.push(id);
    else groups.set(rank, [id]);
  }
  const nominated: string[] = [];
  for (const [, ids] of [...groups].sort(([a], [b]) => a - b)) {
    const group = ids.sort(compareIds);
    if (nominated.length + group.length > quota) {
      return { nominated, tiedAtCutoff: nominated.length < quota ? group : [] };
    }
    nominated.push(...group);
  }
  return { nominated, tiedAtCutoff: [] };
}
