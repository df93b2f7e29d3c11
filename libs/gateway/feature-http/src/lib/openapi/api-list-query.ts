import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { MAX_PAGE, MAX_PAGE_SIZE } from '@orbita/contracts';

/** `sort`'s pattern for these fields: a comma list of them, each optionally after `-` (ECMA syntax). */
export function sortPattern(sortable: readonly string[]): string {
  const field = `-?(${sortable.join('|')})`;
  return `^${field}(,${field})*$`;
}

/**
 * Documents the list convention's query parameters (`ListQuery`: page, pageSize, sort, q) on a list
 * route; `sortable` names the fields `sort` accepts (no `sort` without any); `search` says what `q` searches
 * (no `q` without it); `paged: false` leaves out page and pageSize (an export of every page).
 */
export function ApiListQuery({
  sortable,
  search,
  paged = true,
}: {
  sortable: readonly string[];
  search?: string;
  paged?: boolean;
}): MethodDecorator {
  const paging = [
    ApiQuery({
      name: 'page',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
    }),
    ApiQuery({
      name: 'pageSize',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    }),
  ];
  return applyDecorators(
    ...(paged ? paging : []),
    ...(sortable.length
      ? [
          ApiQuery({
            name: 'sort',
            required: false,
            description: `Comma list of ${sortable.join(', ')}; \`-\` before a field sorts descending`,
            example: `-${sortable[0]}`,
            schema: { type: 'string', pattern: sortPattern(sortable) },
          }),
        ]
      : []),
    ...(search
      ? [
          ApiQuery({
            name: 'q',
            required: false,
            description: search,
            schema: { type: 'string', maxLength: 200 },
          }),
        ]
      : []),
  );
}
