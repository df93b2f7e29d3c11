import { ApiProperty } from '@nestjs/swagger';

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
  // Swagger names the schema after the class.
  Object.defineProperty(ResourcePage, 'name', { value: `${item.name}Page` });
  return ResourcePage;
}
