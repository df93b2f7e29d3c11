import { DEFAULT_PAGE_SIZE, type ListQuery, type Page, parseSort } from '@orbita/contracts';
import { ValidationFailedException } from '@orbita/observability';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface PageSpec {
  /** API field name → SQL expression it sorts by (e.g. `{ shortName: 'school.shortName' }`). */
  sortable: Readonly<Record<string, string>>;
  /** Applied when the query has no `sort`, and always last as a tie-breaker for stable paging. */
  defaultSort: string;
  /** SQL expressions `q` searches (case-insensitive substring); `q` is ignored when empty. */
  searchable?: readonly string[];
}

/**
 * Runs the API's list convention (see `ListQuery`) on a query builder that already holds the resource's
 * filters and scope: search, sort (400 naming `sort` for a field the resource does not sort by), page.
 */
export async function findPage<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: PageSpec,
): Promise<Page<T>> {
  const allowed = Object.keys(spec.sortable);
  const { terms, unknown } = parseSort(query.sort, allowed);
  if (unknown.length > 0) {
    throw new ValidationFailedException([
      { field: 'sort', message: `cannot sort by ${unknown.join(', ')}; sortable fields: ${allowed.join(', ')}` },
    ]);
  }
  const q = query.q?.trim();
  if (q && spec.searchable?.length) {
    const clauses = spec.searchable.map((column) => `${column} ILIKE :pageSearch`).join(' OR ');
    builder.andWhere(`(${clauses})`, { pageSearch: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  }
  // A field both asked for and in the default keeps the asked direction (a second orderBy of the same
  // column would replace the first in TypeORM).
  const fallback = parseSort(spec.defaultSort, allowed).terms.filter(({ field }) => !terms.some((term) => term.field === field));
  [...terms, ...fallback].forEach(({ field, direction }, index) => {
    const column = spec.sortable[field];
    if (index === 0) builder.orderBy(column, direction, 'NULLS LAST');
    else builder.addOrderBy(column, direction, 'NULLS LAST');
  });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [items, total] = await builder
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount();
  return { items, total, page, pageSize };
}
