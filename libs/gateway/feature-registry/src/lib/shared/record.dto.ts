import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordMetadata } from '@orbita/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** What every registry record shows besides its own fields. */
export class RecordMetadataResource implements RecordMetadata {
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

/** The optimistic-concurrency precondition of a PATCH, when not sent as `If-Match`. */
export class ExpectedVersionBody {
  @ApiPropertyOptional({
    description: 'The version of the record the change is based on; alternatively the `If-Match` header',
    type: 'integer',
    minimum: 1,
    example: 3,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
