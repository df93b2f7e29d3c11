import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@orbita/service-host';
import { todayIn, type IsoDate } from './schedule/schedule';

/**
 * What the roadmap reads from its service's environment. The service's config class declares these
 * with their defaults and validation (RegistryConfig); the roadmap only states that it needs them.
 */
export interface RoadmapEnvironment {
  /** Largest evidence file accepted. */
  EVIDENCE_MAX_BYTES: number;
  /** How often the deadline check runs; 0 turns the schedule off (tests run it by hand). */
  ROADMAP_DEADLINE_CHECK_INTERVAL_MS: number;
  /** How many days ahead a deadline counts as due soon. */
  ROADMAP_DUE_SOON_DAYS: number;
  /** IANA time zone whose calendar the roadmap's dates are in. */
  ROADMAP_TIME_ZONE: string;
}

const REQUIRED: readonly (keyof RoadmapEnvironment)[] = [
  'EVIDENCE_MAX_BYTES',
  'ROADMAP_DEADLINE_CHECK_INTERVAL_MS',
  'ROADMAP_DUE_SOON_DAYS',
  'ROADMAP_TIME_ZONE',
];

/** The roadmap's settings, taken from the service config at start. */
export class RoadmapSettings {
  readonly evidenceMaxBytes: number;
  readonly deadlineCheckIntervalMs: number;
  readonly dueSoonDays: number;
  readonly timeZone: string;

  constructor(environment: RoadmapEnvironment) {
    this.evidenceMaxBytes = environment.EVIDENCE_MAX_BYTES;
    this.deadlineCheckIntervalMs = environment.ROADMAP_DEADLINE_CHECK_INTERVAL_MS;
    this.dueSoonDays = environment.ROADMAP_DUE_SOON_DAYS;
    this.timeZone = environment.ROADMAP_TIME_ZONE;
  }

  /** Fails the start of a service whose config class does not declare the roadmap's settings. */
  static from(config: ServiceConfig): RoadmapSettings {
    const missing = REQUIRED.filter((key) => (config as Partial<RoadmapEnvironment>)[key] === undefined);
    if (missing.length > 0) {
      throw new Error(`${config.constructor.name} lacks the roadmap settings ${missing.join(', ')}`);
    }
    return new RoadmapSettings(config as ServiceConfig & RoadmapEnvironment);
  }
}

/** The time, injected so that tests can fix "today". */
@Injectable()
export class RoadmapClock {
  constructor(private readonly settings: RoadmapSettings) {}

  now(): Date {
    return new Date();
  }

  /** Today's date in the roadmap's time zone. */
  today(): IsoDate {
    return todayIn(this.settings.timeZone, this.now());
  }
}
