import { Type } from 'class-transformer';
import { IsInt, IsUUID, Min } from 'class-validator';

/** `registry.get.*` and other requests about one record. */
export class ByIdRequest {
  @IsUUID()
  id!: string;
}

/**
 * Base of every `registry.update.*` request: the record and the version the caller last read (the
 * gateway takes it from `If-Match` or the body). A record changed since answers 409 STALE_VERSION,
 * so that two people editing the same card never silently overwrite each other.
 */
export class VersionedUpdate extends ByIdRequest {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** What every registry record view carries besides its own fields. */
export interface RecordMetadata {
  id: string;
  /** Increases with every change; send it back as the expected version of an update. */
  version: number;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}
