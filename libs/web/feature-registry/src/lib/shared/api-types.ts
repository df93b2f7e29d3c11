import type { api } from '@orbita/web/core';
import type { Client } from 'openapi-fetch';

type Paths = typeof api extends Client<infer P> ? P : never;

/** The query parameters of a GET endpoint, as the generated OpenAPI types declare them. */
export type QueryOf<Path extends keyof Paths> = Paths[Path] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;
