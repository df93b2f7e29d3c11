import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

/**
 * Documents the list convention's query parameters (`ListQuery`: page, pageSize, sort, q) on a list
 * route; `sortable` names the fields `sort` accepts; `search` says what `q` searches (no `q` without it).
 */
export function ApiListQuery({
  sortable,
  search,
}: {
  sortable: readonly string[];
  search?: string;
}): MethodDecorator {
  return applyDecorators(
    ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, default: 1 } }),
    ApiQuery({
      name: 'pageSize',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      description: `Comma list of ${sortable.join(', ')}; \`-\` before a field sorts descending`,
      example: `-${sortable[0]}`,
      schema: { type: 'string' },
    }),
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
