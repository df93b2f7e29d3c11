import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

/**
 * A school's figures for a diagnostic work changed: a protocol version now counts (first submission, a
 * resubmission replacing the earlier one, or a blueprint that arrived after the rows), or the regional
 * centre accepted the versions they come from (`provisional` turns false). Ids and counts only; readers
 * fetch the figures through the query API.
 */
export class AnalyticsUpdatedV1 {
  @IsUUID()
  workId!: string;

  @IsUUID()
  schoolId!: string;

  /** The protocol version whose rows the school's figures now come from. */
  @IsUUID()
  versionId!: string;

  /** Participants counted in the school's figures. */
  @IsInt()
  @Min(0)
  participants!: number;

  /**
   * The figures come from at least one version awaiting the regional centre's review. Absent in events
   * published before the field existed.
   */
  @IsOptional()
  @IsBoolean()
  provisional?: boolean;

  /** The work's title, so a notification can name it without a read model of works. */
  @IsOptional()
  @IsString()
  @Length(1, 300)
  workTitle?: string;
}

export const ANALYTICS_UPDATED_V1 = defineEvent('reporting.analytics.updated.v1', AnalyticsUpdatedV1);
