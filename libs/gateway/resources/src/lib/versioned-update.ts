import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiProblemResponses } from '@orbita/gateway/feature-http';
import { ValidationFailedException } from '@orbita/observability';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** `"3"`, `W/"3"` or a bare `3`: the ETag the API sends is the record's version. */
const IF_MATCH = /^(?:W\/)?"?(\d+)"?$/;

/**
 * The version a PATCH is based on, from `If-Match` or the body's `expectedVersion`. One of them is
 * required: without it two people editing the same card would overwrite each other unnoticed.
 */
export function expectedVersionOf(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  const headerVersion = ifMatch === undefined ? undefined : Number(IF_MATCH.exec(ifMatch.trim())?.[1] ?? NaN);
  if (Number.isNaN(headerVersion)) {
    throw new ValidationFailedException([
      { field: 'If-Match', message: 'must be the record’s ETag, e.g. "3"' },
    ]);
  }
  if (headerVersion !== undefined && bodyVersion !== undefined && headerVersion !== bodyVersion) {
    throw new ValidationFailedException([{ field: 'expectedVersion', message: 'differs from If-Match' }]);
  }
  const version = headerVersion ?? bodyVersion;
  if (version === undefined) {
    throw new ValidationFailedException([
      { field: 'expectedVersion', message: 'send the version you read, as If-Match or expectedVersion' },
    ]);
  }
  return version;
}

/** Documents the precondition of a PATCH and its answers: 400 without it, 409 when it is stale. */
export const ApiVersionedUpdate = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag (version) of the record as read; or send `expectedVersion` in the body',
      example: '"3"',
    }),
    ApiProblemResponses(400, 404, 409),
  );

/** The body's `expectedVersion` of a versioned update: optional, as `If-Match` may carry it instead. */
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
