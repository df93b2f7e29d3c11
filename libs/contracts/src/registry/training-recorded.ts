import { Type } from 'class-transformer';
import { IsArray, IsISO8601, IsIn, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';

/** A course (повышение квалификации) or a webinar teachers attended. */
export const TRAINING_KINDS = ['course', 'webinar'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** A teacher who attended, at the school they teach at. Ids only: names are personal data. */
export class TrainingAttendeeV1 {
  @IsUUID()
  personId!: string;

  @IsUUID()
  schoolId!: string;
}

/**
 * registry.training.recorded.v1: a training of teachers, in its whole current state. Sent when it is
 * recorded and again on every change, with a higher `version`: a consumer keeps the highest version of
 * each training and replaces its attendees (a re-sent event changes nothing). No title or provider
 * (free text that may name people).
 * A published contract is never edited: a changed payload is a new contract `….v2` beside it.
 */
export class TrainingRecordedV1 {
  @IsUUID()
  trainingId!: string;

  @IsIn(TRAINING_KINDS)
  kind!: TrainingKind;

  /** YYYY-MM-DD. */
  @IsISO8601({ strict: true })
  startsOn!: string;

  @IsISO8601({ strict: true })
  endsOn!: string;

  /** The school year (its first calendar year) the training counts in: that of `startsOn`. */
  @IsInt()
  schoolYear!: number;

  /** The roadmap activity the training fulfils, if any. */
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TrainingAttendeeV1)
  attendees!: TrainingAttendeeV1[];

  /** 1 when recorded, +1 with every change. */
  @IsInt()
  @Min(1)
  version!: number;
}

export const TRAINING_RECORDED_V1 = defineEvent('registry.training.recorded.v1', TrainingRecordedV1);
