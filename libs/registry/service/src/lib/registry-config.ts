import { EVIDENCE_UPLOAD_CEILING_BYTES } from '@orbita/registry/rpc';
import type { RoadmapEnvironment } from '@orbita/registry/roadmap';
import { ServiceConfig } from '@orbita/service-host';
import { Type } from 'class-transformer';
import { IsInt, IsTimeZone, Max, Min } from 'class-validator';

/** The registry's environment (see ServiceConfig for the common part). */
export class RegistryConfig extends ServiceConfig implements RoadmapEnvironment {
  override PORT = 3001;

  /** Largest roadmap evidence file accepted (bytes). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(EVIDENCE_UPLOAD_CEILING_BYTES)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** How often each replica checks roadmap deadlines (ms); 0 turns the check off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  ROADMAP_DEADLINE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

  /** A deadline this many days ahead or fewer is announced as due soon. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  ROADMAP_DUE_SOON_DAYS = 7;

  /** The calendar the roadmap's dates are in. */
  @IsTimeZone()
  ROADMAP_TIME_ZONE = 'Asia/Tomsk';
}
