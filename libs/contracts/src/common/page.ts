import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** One page of a list, with what a client needs to page further. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type ItemClass<T> = new (...args: never[]) => T;

/** The class (and OpenAPI schema, `SchoolPage`) of one page of `item`s, as the list convention returns it. */
export function pageOf<T>(item: ItemClass<T>): new () => Page<T> {
  class ResourcePage implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ description: 'Items matching the filters, over all pages', example: 42 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    pageSize!: number;
  }
  // Swagger names the schema after the class: `<item's schema name>Page`.
  Object.defineProperty(ResourcePage, 'name', { value: `${schemaNameOf(item)}Page` });
  return ResourcePage;
}

/** The OpenAPI name of a class: its `@ApiSchema({ name })`, else the class name. */
export function schemaNameOf(type: ItemClass<unknown>): string {
  // Own metadata and the last entry, as Swagger reads it: a subclass lists its parent's @ApiSchema first.
  const schemas = Reflect.getOwnMetadata('swagger/apiSchema', type) as { name?: string }[] | undefined;
  return schemas?.at(-1)?.name ?? type.name;
}
