import type { ListQuery, Page } from '@orbita/contracts';
import { findPage, type PageSpec } from '@orbita/persistence';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The SQL column behind each sort field a contract names: every field, and only those. */
export type SortColumns<Fields extends readonly string[]> = Record<Fields[number], string>;

/** `findPage`, with each record turned into its view. */
export async function viewPage<T extends ObjectLiteral, V>(
  builder: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: PageSpec,
  view: (record: T) => V,
): Promise<Page<V>> {
  const page = await findPage(builder, query, spec);
  return { ...page, items: page.items.map(view) };
}
