import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@orbita/contracts';

/** The OpenAPI schema of one page of `item`s (`WorkPage`, …), as the list convention returns it. */
export function pageOf<T>(item: Type<T>): Type<Page<T>> {
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
