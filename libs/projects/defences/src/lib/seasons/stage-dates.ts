import type { StageKind } from '@orbita/contracts';
import type { CreateSeasonCommand } from '@orbita/projects/rpc';

export interface StageDates {
  kind: StageKind;
  startsOn: string;
  endsOn: string;
}

/** A dates problem, named by the command's field. */
export interface StageDatesProblem {
  field: keyof CreateSeasonCommand;
  message: string;
}

/**
 * The two stages' dates: those the command gives, else the regional calendar's for the school year
 * (school stage 1 September – 30 March, final 14–18 April).
 */
export function stageDatesOf(command: CreateSeasonCommand): StageDates[] {
  const spring = command.schoolYear + 1;
  return [
    {
      kind: 'school',
      startsOn: command.schoolStageStartsOn ?? `${command.schoolYear}-09-01`,
      endsOn: command.schoolStageEndsOn ?? `${spring}-03-30`,
    },
    {
      kind: 'final',
      startsOn: command.finalStartsOn ?? `${spring}-04-14`,
      endsOn: command.finalEndsOn ?? `${spring}-04-18`,
    },
  ];
}

/** Why the dates cannot be: a stage ending before it starts, or the final not after the school stage. */
export function stageDatesProblem([school, final]: StageDates[]): StageDatesProblem | null {
  // ISO dates compare as strings.
  if (school.endsOn < school.startsOn)
    return { field: 'schoolStageEndsOn', message: 'The school stage ends before it starts' };
  if (final.endsOn < final.startsOn)
    return { field: 'finalEndsOn', message: 'The final ends before it starts' };
  if (final.startsOn <= school.endsOn)
    return { field: 'finalStartsOn', message: 'The final must start after the school stage ends' };
  return null;
}
