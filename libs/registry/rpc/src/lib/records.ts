import { ApiProperty } from '@nestjs/swagger';
import { ByIdRequest } from '@orbita/contracts';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

/**
 * Base of every `registry.update.*` request: the record and the version the caller last read (the
 * gateway takes it from `If-Match` or the body). A record changed since answers 409 STALE_VERSION,
 * so that two people editing the same card never silently overwrite each other.
 */
export class VersionedUpdate extends ByIdRequest {
  @ApiProperty({
    description: 'The version of the record the change is based on; alternatively the `If-Match` header',
    type: 'integer',
    minimum: 1,
    example: 3,
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** What every registry record view carries besides its own fields. */
export class RecordMetadata {
  @ApiProperty({ format: 'uuid', example: '3f6c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f' })
  id!: string;

  @ApiProperty({
    description:
      'Increases with every change (also sent as the `ETag`); send it back as `If-Match` or `expectedVersion`',
    example: 3,
  })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2024-09-02T05:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-10-14T09:12:45.000Z' })
  updatedAt!: string;
}
