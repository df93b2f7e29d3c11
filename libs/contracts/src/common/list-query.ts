import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsPlainText } from './field-decorators';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** Far beyond any list; it keeps the row offset (page × pageSize) a safe integer for PostgreSQL. */
export const MAX_PAGE = 1_000_000;
/** What `sort` looks like; each resource's OpenAPI pattern lists its own fields. */
export const SORT_PATTERN = /^-?[a-zA-Z][a-zA-Z0-9]*(,-?[a-zA-Z][a-zA-Z0-9]*)*$/;

/**
 * The list convention of the whole API, written once: `?page=2&pageSize=50&sort=-validTo,number&q=лицей`.
 * - `page` from 1 (at most 1,000,000), `pageSize` 1..200 (default 20);
 * - `sort`: comma list of fields, `-` for descending; each resource says which fields it sorts by and
 *   answers 400 naming `sort` for any other;
 * - `q`: free-text search over the resource's main text fields;
 * - filters are named query parameters of each resource (`municipalityId=…&active=true`).
 * Resources extend this class with their filters; the same class is the RPC request body.
 */
export class ListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @IsOptional()
  @IsString()
  @Matches(SORT_PATTERN, {
    message: 'sort must be a comma list of field names, each optionally prefixed with - (e.g. -validTo,number)',
  })
  sort?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  q?: string;
}

export interface SortTerm {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** Parses `sort` against the fields a resource allows; returns the unknown fields separately. */
export function parseSort(sort: string | undefined, allowed: readonly string[]): { terms: SortTerm[]; unknown: string[] } {
  const terms: SortTerm[] = [];
  const unknown: string[] = [];
  for (const raw of (sort ?? '').split(',').filter(Boolean)) {
    const field = raw.startsWith('-') ? raw.slice(1) : raw;
    if (allowed.includes(field)) terms.push({ field, direction: raw.startsWith('-') ? 'DESC' : 'ASC' });
    else unknown.push(field);
  }
  return { terms, unknown };
}
