import {
  diffOpenApi,
  jsonPath,
  schemasUsedByOperations,
  type OpenApiDocument,
  type Schema,
} from './openapi-diff';

const ok = { description: 'OK' };

/** A document with one operation, GET /things, answering `response` (and taking `parameters`/`body`). */
function api(options: {
  response?: Schema;
  body?: Schema;
  parameters?: unknown[];
  schemas?: Record<string, Schema>;
  method?: string;
}): OpenApiDocument {
  const operation = {
    operationId: 'Things_list',
    parameters: options.parameters ?? [],
    ...(options.body && {
      requestBody: { required: true, content: { 'application/json': { schema: options.body } } },
    }),
    responses: {
      '200': { ...ok, content: { 'application/json': { schema: options.response ?? { type: 'object' } } } },
    },
  };
  return {
    paths: { '/things': { [options.method ?? 'get']: operation } },
    components: { schemas: options.schemas ?? {} },
  };
}

const thing = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
});
const string: Schema = { type: 'string' };
const query = (name: string, schema: Schema = string, required = false) => ({
  name,
  in: 'query',
  required,
  schema,
});

const breaking = (base: OpenApiDocument, head: OpenApiDocument) =>
  diffOpenApi(base, head)
    .filter((change) => change.kind === 'breaking')
    .map((change) => `${change.at}: ${change.message}`);
const additions = (base: OpenApiDocument, head: OpenApiDocument) =>
  diffOpenApi(base, head)
    .filter((change) => change.kind === 'addition')
    .map((change) => `${change.at}: ${change.message}`);

const RESPONSE = 'paths["/things"].get.responses["200"].content["application/json"].schema';
const BODY = 'paths["/things"].post.requestBody.content["application/json"].schema';

describe('diffOpenApi', () => {
  it('finds nothing between a document and itself', () => {
    const document = api({
      response: thing({ id: { type: 'string', format: 'uuid' } }),
      parameters: [query('q')],
    });
    expect(diffOpenApi(document, structuredClone(document))).toEqual([]);
  });

  describe('operations', () => {
    it('breaks on a removed operation, adds a new one', () => {
      const base = api({});
      expect(breaking(base, api({ method: 'post' }))).toEqual([
        'paths["/things"].get: operation GET /things removed',
      ]);
      expect(additions(base, api({ method: 'post' }))).toEqual([
        'paths["/things"].post: new operation POST /things',
      ]);
    });

    it('breaks on a removed success response, not on a removed error response', () => {
      const base = api({});
      (base.paths['/things']!['get'] as { responses: Record<string, unknown> }).responses['404'] = ok;
      const created = api({});
      const responses = (created.paths['/things']!['get'] as { responses: Record<string, unknown> })
        .responses;
      responses['201'] = responses['200'];
      delete responses['200'];
      expect(breaking(base, created)).toEqual([
        'paths["/things"].get.responses["200"]: response 200 removed',
      ]);
      expect(breaking(base, api({}))).toEqual([]);
    });

    it('breaks on a removed response media type', () => {
      const head = api({});
      const response = (head.paths['/things']!['get'] as { responses: Record<string, { content: object }> })
        .responses['200']!;
      response.content = { 'text/csv': { schema: string } };
      expect(breaking(api({}), head)).toEqual([
        'paths["/things"].get.responses["200"].content["application/json"]: media type application/json removed',
      ]);
    });
  });

  describe('parameters', () => {
    it('breaks on a new required parameter, adds a new optional one', () => {
      const base = api({});
      expect(breaking(base, api({ parameters: [query('q', string, true)] }))).toEqual([
        'paths["/things"].get.parameters.query.q: new required parameter',
      ]);
      expect(breaking(base, api({ parameters: [query('q')] }))).toEqual([]);
      expect(additions(base, api({ parameters: [query('q')] }))).toEqual([
        'paths["/things"].get.parameters.query.q: new optional parameter',
      ]);
    });

    it('breaks on a removed parameter and on one that became required', () => {
      const base = api({ parameters: [query('q')] });
      expect(breaking(base, api({}))).toEqual(['paths["/things"].get.parameters.query.q: parameter removed']);
      expect(breaking(base, api({ parameters: [query('q', string, true)] }))).toEqual([
        'paths["/things"].get.parameters.query.q: parameter is now required',
      ]);
    });

    it('breaks on a changed type or format, and on tighter bounds or a new pattern', () => {
      const base = api({
        parameters: [query('page', { type: 'integer', maximum: 100 }), query('id', string)],
      });
      const head = api({
        parameters: [
          query('page', { type: 'string', maximum: 10 }),
          query('id', { type: 'string', format: 'uuid', pattern: '^x' }),
        ],
      });
      expect(breaking(base, head)).toEqual([
        'paths["/things"].get.parameters.query.page: type changed from integer to string',
        'paths["/things"].get.parameters.query.page: maximum tightened from 100 to 10',
        'paths["/things"].get.parameters.query.id: format changed from none to uuid',
        'paths["/things"].get.parameters.query.id: pattern changed from none to ^x',
      ]);
    });

    it('lets a request accept more: wider type, looser bounds, no format', () => {
      const base = api({
        parameters: [
          query('n', { type: 'integer', maximum: 10 }),
          query('id', { type: 'string', format: 'uuid' }),
        ],
      });
      const head = api({ parameters: [query('n', { type: 'number', maximum: 100 }), query('id', string)] });
      expect(breaking(base, head)).toEqual([]);
    });
  });

  describe('request bodies', () => {
    const post = (body: Schema, schemas?: Record<string, Schema>) => api({ method: 'post', body, schemas });

    it('breaks on a new required field, adds a new optional one', () => {
      const base = post(thing({ name: string }));
      expect(breaking(base, post(thing({ name: string, code: string })))).toEqual([
        `${BODY}.properties.code: new required request field`,
      ]);
      expect(additions(base, post(thing({ name: string, code: string }, ['name'])))).toEqual([
        `${BODY}.properties.code: new optional request field`,
      ]);
    });

    it('breaks on a field made required, a removed field, a changed type or format', () => {
      const base = post(
        thing({ name: string, age: { type: 'integer' }, at: { type: 'string', format: 'date' } }, []),
      );
      const head = post(
        thing({ name: string, at: { type: 'string', format: 'date-time' }, age: { type: 'string' } }, [
          'name',
        ]),
      );
      expect(breaking(base, head)).toEqual([
        `${BODY}.properties.name: request field is now required`,
        `${BODY}.properties.age: type changed from integer to string`,
        `${BODY}.properties.at: format changed from date to date-time`,
      ]);
      expect(breaking(base, post(thing({ name: string, age: { type: 'integer' } }, [])))).toEqual([
        `${BODY}.properties.at: request field removed`,
      ]);
    });

    it('breaks on a narrowed enum and on a request that no longer takes null', () => {
      const base = post(thing({ kind: { type: 'string', enum: ['a', 'b'], nullable: true } }));
      expect(breaking(base, post(thing({ kind: { type: 'string', enum: ['a'] } })))).toEqual([
        `${BODY}.properties.kind: no longer accepts null`,
        `${BODY}.properties.kind: enum values removed: ["b"]`,
      ]);
      expect(
        breaking(post(thing({ kind: string })), post(thing({ kind: { type: 'string', enum: ['a'] } }))),
      ).toEqual([`${BODY}.properties.kind: now accepts only ["a"]`]);
      expect(
        additions(base, post(thing({ kind: { type: 'string', enum: ['a', 'b', 'c'], nullable: true } }))),
      ).toEqual([`${BODY}.properties.kind: enum values added: ["c"]`]);
    });

    it('breaks on a body that became required', () => {
      const base = api({ method: 'post', body: thing({}) });
      (base.paths['/things']!['post'] as { requestBody: { required: boolean } }).requestBody.required = false;
      expect(breaking(base, api({ method: 'post', body: thing({}) }))).toEqual([
        'paths["/things"].post.requestBody: request body is now required',
      ]);
    });
  });

  describe('responses', () => {
    it('breaks on a removed field or a field no longer always present, adds a new field', () => {
      const base = api({ response: thing({ id: string, name: string }) });
      expect(breaking(base, api({ response: thing({ id: string }) }))).toEqual([
        `${RESPONSE}.properties.name: response field removed`,
      ]);
      expect(breaking(base, api({ response: thing({ id: string, name: string }, ['id']) }))).toEqual([
        `${RESPONSE}.properties.name: response field is no longer always present`,
      ]);
      expect(additions(base, api({ response: thing({ id: string, name: string, code: string }) }))).toEqual([
        `${RESPONSE}.properties.code: new response field`,
      ]);
    });

    it('breaks on a changed type deep in a list, and on a field that may now be null', () => {
      const base = api({
        response: { type: 'array', items: thing({ count: { type: 'integer' }, note: string }) },
      });
      const head = api({
        response: {
          type: 'array',
          items: thing({ count: string, note: { type: 'string', nullable: true } }),
        },
      });
      expect(breaking(base, head)).toEqual([
        `${RESPONSE}.items.properties.count: type changed from integer to string`,
        `${RESPONSE}.items.properties.note: may now be null`,
      ]);
    });

    it('breaks on a removed enum value or a dropped enum, but not on a format it now promises', () => {
      const base = api({
        response: thing({ status: { type: 'string', enum: ['draft', 'done'] }, at: string }),
      });
      expect(
        breaking(base, api({ response: thing({ status: { type: 'string', enum: ['done'] }, at: string }) })),
      ).toEqual([`${RESPONSE}.properties.status: enum values removed: ["draft"]`]);
      expect(breaking(base, api({ response: thing({ status: string, at: string }) }))).toEqual([
        `${RESPONSE}.properties.status: is no longer limited to its enum values`,
      ]);
      const formatted = api({
        response: thing({
          status: { type: 'string', enum: ['draft', 'done'] },
          at: { type: 'string', format: 'date-time' },
        }),
      });
      expect(breaking(base, formatted)).toEqual([]);
    });

    it('breaks on a response that may return new oneOf variants', () => {
      const base = api({ response: { oneOf: [thing({ a: string })] } });
      expect(
        breaking(base, api({ response: { oneOf: [thing({ a: string }), thing({ b: string })] } })),
      ).toEqual([`${RESPONSE}.oneOf: may return new variants`]);
      expect(breaking(base, api({ response: { oneOf: [thing({ a: { type: 'integer' } })] } }))).toEqual([
        `${RESPONSE}.oneOf["0"].properties.a: type changed from string to integer`,
      ]);
    });
  });

  describe('$refs and allOf', () => {
    const School = thing({ id: string, name: string });

    it('compares what a client sees: an inlined or allOf-composed schema equals its named form', () => {
      const base = api({ response: { $ref: '#/components/schemas/School' }, schemas: { School } });
      const inlined = api({ response: School, schemas: { School } });
      const composed = api({
        response: { allOf: [{ $ref: '#/components/schemas/Named' }, thing({ id: string })] },
        schemas: { School, Named: thing({ name: string }) },
      });
      expect(breaking(base, inlined)).toEqual([]);
      expect(breaking(base, composed)).toEqual([]);
    });

    it('reports a change inside a named schema once, at the schema', () => {
      const base = api({
        response: thing({
          one: { $ref: '#/components/schemas/School' },
          other: { $ref: '#/components/schemas/School' },
        }),
        schemas: { School },
      });
      const head = api({
        response: thing({
          one: { $ref: '#/components/schemas/School' },
          other: { $ref: '#/components/schemas/School' },
        }),
        schemas: { School: thing({ id: string }) },
      });
      expect(breaking(base, head)).toEqual([
        'components.schemas.School.properties.name: response field removed',
      ]);
    });

    it('breaks on a removed or renamed schema that operations use, not on an unused one', () => {
      const base = api({
        response: { $ref: '#/components/schemas/School' },
        schemas: { School, Unused: string },
      });
      const renamed = api({
        response: { $ref: '#/components/schemas/Organisation' },
        schemas: { Organisation: School },
      });
      expect(breaking(base, renamed)).toEqual([
        'components.schemas.School: schema School removed or renamed (client types are named by it)',
      ]);
      expect(additions(base, renamed)).toEqual(['components.schemas.Organisation: new schema Organisation']);
    });

    it('follows recursive schemas without looping', () => {
      const Node: Schema = thing({
        children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      });
      const base = api({ response: { $ref: '#/components/schemas/Node' }, schemas: { Node } });
      expect(diffOpenApi(base, structuredClone(base))).toEqual([]);
      expect(schemasUsedByOperations(base)).toEqual(new Set(['Node']));
      const Tree: Schema = thing({
        children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
      });
      const renamed = api({ response: { $ref: '#/components/schemas/Tree' }, schemas: { Tree } });
      expect(breaking(base, renamed)).toEqual([
        'components.schemas.Node: schema Node removed or renamed (client types are named by it)',
      ]);
    });
  });
});

describe('jsonPath', () => {
  it('dots identifiers and quotes the rest', () => {
    expect(jsonPath(['paths', '/api/v1/schools', 'get', 'responses', '200'])).toBe(
      'paths["/api/v1/schools"].get.responses["200"]',
    );
  });
});
