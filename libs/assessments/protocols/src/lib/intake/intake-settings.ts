import { PROTOCOL_FILE_MAX_BYTES, PROTOCOL_MAX_ROWS } from '@orbita/assessments/rpc';

/** What protocol intake reads from its service's environment (AssessmentsConfig declares and validates it). */
export interface IntakeEnvironment {
  PROTOCOL_MAX_BYTES: number;
  PROTOCOL_MAX_ROWS: number;
}

/** Limits of protocol files, taken from the service config at start. */
export class IntakeSettings {
  constructor(
    readonly maxBytes = PROTOCOL_FILE_MAX_BYTES,
    readonly maxRows = PROTOCOL_MAX_ROWS,
  ) {}

  static from(config: object): IntakeSettings {
    const environment = config as Partial<IntakeEnvironment>;
    return new IntakeSettings(environment.PROTOCOL_MAX_BYTES, environment.PROTOCOL_MAX_ROWS);
  }
}
