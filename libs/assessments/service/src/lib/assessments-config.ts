import type { IntakeEnvironment } from '@orbita/assessments/protocols';
import { PROTOCOL_FILE_MAX_BYTES, PROTOCOL_MAX_ROWS } from '@orbita/assessments/rpc';
import { ServiceConfig } from '@orbita/service-host';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** The assessments service's environment (see ServiceConfig for the common part). */
export class AssessmentsConfig extends ServiceConfig implements IntakeEnvironment {
  override PORT = 3003;

  /** Largest protocol file accepted (bytes); the gateway stops reading uploads at PROTOCOL_FILE_MAX_BYTES. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PROTOCOL_FILE_MAX_BYTES)
  PROTOCOL_MAX_BYTES = PROTOCOL_FILE_MAX_BYTES;

  /** Most data rows of one protocol file. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PROTOCOL_MAX_ROWS = PROTOCOL_MAX_ROWS;
}
