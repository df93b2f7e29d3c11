// The HTTP API's breaking-change rules: what a client written against the baseline document (the web UI's
// generated types, scripts of the regions) may rely on. Pure functions over two OpenAPI 3.0 documents;
// `$ref`s are resolved and `allOf` merged, so only what a client sees counts, not how classes are named —
// except component schema names that operations use, which the generated client types are named by.

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

interface Parameter {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface MediaTypes {
  content?: Record<string, { schema?: Schema }>;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: MediaTypes & { $ref?: string; required?: boolean };
  responses?: Record<string, MediaTypes & { $ref?: string }>;
}

/** `breaking`: a client of the baseline may fail; `addition`: it goes on working (new things it may ignore). */
export interface ApiChange {
  kind: 'breaking' | 'addition';
  /** Where, as a JSON path into the documents, e.g. `paths["/api/v1/schools"].get.parameters.query.q`. */
  at: string;
  message: string;
}

/** Request schemas are what the client sends (the server may not accept less); responses what it reads. */
type Direction = 'request' | 'response';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `a.b["/x"]`: identifier-like keys dotted, the others quoted. */
export function jsonPath(segments: string[]): string {
  return segments
    .map((segment, index) =>
      /^[A-Za-z_$][\w$]*$/.test(segment)
        ? index === 0
          ? segment
          : `.${segment}`
        : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/** Resolves a local `$ref` (`#/components/schemas/X`), following chains; anything else is returned as is. */
function deref<T extends { $ref?: string }>(document: OpenApiDocument, node: T): T {
  let current: { $ref?: string } = node;
  for (let hops = 0; current.$ref !== undefined; hops += 1) {
    if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`unresolvable $ref ${current.$ref}`);
    const target = current.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], document);
    if (target === undefined) throw new Error(`$ref ${current.$ref} points at nothing`);
    current = target as { $ref?: string };
  }
  return current as T;
}

const componentName = (ref: string | undefined): string | undefined =>
  ref?.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;

/** The schema with `$ref` resolved and `allOf` merged into one (properties and `required` united). */
function flatten(document: OpenApiDocument, schema: Schema): Schema {
  const resolved = deref(document, schema);
  if (!resolved.allOf) return resolved;
  const { allOf, ...own } = resolved;
  return [own, ...allOf.map((part) => flatten(document, part))].reduce<Schema>((merged, part) => {
    const next: Schema = { ...part, ...merged };
    if (merged.properties || part.properties) next.properties = { ...part.properties, ...merged.properties };
    if (merged.required || part.required)
      next.required = [...new Set([...(merged.required ?? []), ...(part.required ?? [])])];
    return next;
  }, {});
}

/** Names of the component schemas reachable from the operations (through properties, items, refs…). */
export function schemasUsedByOperations(document: OpenApiDocument): Set<string> {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const name = componentName((node as Schema).$ref);
    if (name !== undefined) {
      if (used.has(name)) return;
      used.add(name);
      visit(document.components?.schemas?.[name]);
    }
    Object.values(node).forEach(visit);
  };
  visit(document.paths);
  return used;
}

/** Every breaking change and addition from `base` (the release baseline) to `head` (what the code serves). */
export function diffOpenApi(base: OpenApiDocument, head: OpenApiDocument): ApiChange[] {
  const changes: ApiChange[] = [];
  const report = (kind: ApiChange['kind'], at: string[], message: string) =>
    changes.push({ kind, at: jsonPath(at), message });
  // Each pair of referenced schemas is compared once per direction (recursive schemas end there); a
  // schema named alike on both sides is compared at its own path, so its changes show once.
  const comparedRefs = new Set<string>();

  function compareSchema(baseSchema: Schema, headSchema: Schema, direction: Direction, at: string[]): void {
    if (baseSchema.$ref !== undefined && headSchema.$ref !== undefined) {
      const key = `${direction} ${baseSchema.$ref} ${headSchema.$ref}`;
      if (comparedRefs.has(key)) return;
      comparedRefs.add(key);
      const name = componentName(baseSchema.$ref);
      if (name !== undefined && baseSchema.$ref === headSchema.$ref) at = ['components', 'schemas', name];
    }
    const was = flatten(base, baseSchema);
    const is = flatten(head, headSchema);
    const inRequest = direction === 'request';

    if (was.type !== is.type) {
      const widened = inRequest
        ? was.type === 'integer' && is.type === 'number'
        : was.type === 'number' && is.type === 'integer';
      if (!widened) report('breaking', at, `type changed from ${was.type ?? 'any'} to ${is.type ?? 'any'}`);
    }
    if (was.format !== is.format) {
      // A format added to a response, or dropped from a request, only promises or accepts more.
      const harmless = inRequest ? is.format === undefined : was.format === undefined;
      if (!harmless)
        report('breaking', at, `format changed from ${was.format ?? 'none'} to ${is.format ?? 'none'}`);
    }
    if (Boolean(was.nullable) !== Boolean(is.nullable) && Boolean(is.nullable) !== inRequest) {
      report('breaking', at, inRequest ? 'no longer accepts null' : 'may now be null');
    }
    compareEnum(was, is, inRequest, at);
    if (inRequest) compareRequestBounds(was, is, at);
    compareProperties(was, is, direction, at);
    if (was.items && is.items) compareSchema(was.items, is.items, direction, [...at, 'items']);
    if (typeof was.additionalProperties === 'object' && typeof is.additionalProperties === 'object') {
      compareSchema(was.additionalProperties, is.additionalProperties, direction, [
        ...at,
        'additionalProperties',
      ]);
    }
    for (const keyword of ['oneOf', 'anyOf'] as const)
      compareVariants(was[keyword], is[keyword], direction, [...at, keyword]);
  }

  function compareEnum(was: Schema, is: Schema, inRequest: boolean, at: string[]): void {
    if (!was.enum && !is.enum) return;
    if (!is.enum) {
      if (!inRequest) report('breaking', at, 'is no longer limited to its enum values');
      return;
    }
    if (!was.enum) {
      if (inRequest) report('breaking', at, `now accepts only ${JSON.stringify(is.enum)}`);
      return;
    }
    const [before, after] = [was.enum, is.enum];
    const removed = before.filter((value) => !after.includes(value));
    const added = after.filter((value) => !before.includes(value));
    if (removed.length > 0) report('breaking', at, `enum values removed: ${JSON.stringify(removed)}`);
    if (added.length > 0) report('addition', at, `enum values added: ${JSON.stringify(added)}`);
  }

  /** A request that was valid must stay valid: no tighter length, range or pattern. */
  function compareRequestBounds(was: Schema, is: Schema, at: string[]): void {
    const tighter = (keyword: keyof Schema, lower: boolean) => {
      const before = was[keyword] as number | undefined;
      const after = is[keyword] as number | undefined;
      if (after !== undefined && (before === undefined || (lower ? after > before : after < before))) {
        report('breaking', at, `${keyword} tightened from ${before ?? 'none'} to ${after}`);
      }
    };
    tighter('minimum', true);
    tighter('minLength', true);
    tighter('maximum', false);
    tighter('maxLength', false);
    if (is.pattern !== undefined && is.pattern !== was.pattern) {
      report('breaking', at, `pattern changed from ${was.pattern ?? 'none'} to ${is.pattern}`);
    }
  }

  function compareProperties(was: Schema, is: Schema, direction: Direction, at: string[]): void {
    const before = was.properties ?? {};
    const after = is.properties ?? {};
    const requiredBefore = new Set(was.required ?? []);
    const requiredAfter = new Set(is.required ?? []);
    const inRequest = direction === 'request';
    for (const [name, schema] of Object.entries(before)) {
      const fieldAt = [...at, 'properties', name];
      const now = after[name];
      if (!now) {
        // The server's whitelist validation rejects a request field it no longer knows.
        report('breaking', fieldAt, inRequest ? 'request field removed' : 'response field removed');
        continue;
      }
      if (inRequest && !requiredBefore.has(name) && requiredAfter.has(name))
        report('breaking', fieldAt, 'request field is now required');
      if (!inRequest && requiredBefore.has(name) && !requiredAfter.has(name))
        report('breaking', fieldAt, 'response field is no longer always present');
      compareSchema(schema, now, direction, fieldAt);
    }
    for (const name of Object.keys(after).filter((name) => !(name in before))) {
      const fieldAt = [...at, 'properties', name];
      if (inRequest && requiredAfter.has(name)) report('breaking', fieldAt, 'new required request field');
      else report('addition', fieldAt, inRequest ? 'new optional request field' : 'new response field');
    }
  }

  /** Variants side by side; a response may not grow new variants, a request may not lose any. */
  function compareVariants(
    was: Schema[] | undefined,
    is: Schema[] | undefined,
    direction: Direction,
    at: string[],
  ): void {
    if (!was && !is) return;
    const before = was ?? [];
    const after = is ?? [];
    after
      .slice(0, before.length)
      .forEach((schema, index) =>
        compareSchema(before[index] as Schema, schema, direction, [...at, String(index)]),
      );
    if (direction === 'request' && after.length < before.length)
      report('breaking', at, 'accepts fewer variants');
    if (direction === 'response' && after.length > before.length)
      report('breaking', at, 'may return new variants');
  }

  function compareContent(was: MediaTypes, is: MediaTypes, direction: Direction, at: string[]): void {
    for (const [mediaType, media] of Object.entries(was.content ?? {})) {
      const now = is.content?.[mediaType];
      if (!now) report('breaking', [...at, 'content', mediaType], `media type ${mediaType} removed`);
      else if (media.schema && now.schema)
        compareSchema(media.schema, now.schema, direction, [...at, 'content', mediaType, 'schema']);
    }
  }

  function compareParameters(was: Operation, is: Operation, at: string[]): void {
    const byKey = (document: OpenApiDocument, operation: Operation) =>
      new Map(
        (operation.parameters ?? [])
          .map((parameter) => deref(document, parameter))
          .map((p) => [`${p.in}.${p.name}`, p]),
      );
    const before = byKey(base, was);
    const after = byKey(head, is);
    for (const [key, parameter] of before) {
      const paramAt = [...at, 'parameters', parameter.in, parameter.name];
      const now = after.get(key);
      if (!now) report('breaking', paramAt, 'parameter removed');
      else {
        if (!parameter.required && now.required) report('breaking', paramAt, 'parameter is now required');
        if (parameter.schema && now.schema) compareSchema(parameter.schema, now.schema, 'request', paramAt);
      }
    }
    for (const [key, parameter] of after) {
      if (before.has(key)) continue;
      const paramAt = [...at, 'parameters', parameter.in, parameter.name];
      if (parameter.required) report('breaking', paramAt, 'new required parameter');
      else report('addition', paramAt, 'new optional parameter');
    }
  }

  function compareOperation(was: Operation, is: Operation, at: string[]): void {
    compareParameters(was, is, at);
    const bodyAt = [...at, 'requestBody'];
    const bodyBefore = was.requestBody && deref(base, was.requestBody);
    const bodyAfter = is.requestBody && deref(head, is.requestBody);
    if (bodyAfter?.required && !bodyBefore?.required)
      report('breaking', bodyAt, 'request body is now required');
    if (bodyBefore && !bodyAfter) report('breaking', bodyAt, 'request body removed');
    if (bodyBefore && bodyAfter) compareContent(bodyBefore, bodyAfter, 'request', bodyAt);
    for (const [status, response] of Object.entries(was.responses ?? {})) {
      const responseAt = [...at, 'responses', status];
      const now = is.responses?.[status];
      // Clients act on success statuses; an error status the server stops sending harms nobody.
      if (!now) {
        if (/^2/.test(status)) report('breaking', responseAt, `response ${status} removed`);
        continue;
      }
      compareContent(deref(base, response), deref(head, now), 'response', responseAt);
    }
    for (const status of Object.keys(is.responses ?? {}).filter((status) => !was.responses?.[status])) {
      report('addition', [...at, 'responses', status], `new response ${status}`);
    }
  }

  for (const [path, item] of Object.entries(base.paths)) {
    for (const method of METHODS.filter((method) => item[method])) {
      const now = head.paths[path]?.[method];
      if (!now)
        report('breaking', ['paths', path, method], `operation ${method.toUpperCase()} ${path} removed`);
      else compareOperation(item[method] as Operation, now as Operation, ['paths', path, method]);
    }
  }
  for (const [path, item] of Object.entries(head.paths)) {
    for (const method of METHODS.filter((method) => item[method] && !base.paths[path]?.[method])) {
      report('addition', ['paths', path, method], `new operation ${method.toUpperCase()} ${path}`);
    }
  }

  const headSchemas = head.components?.schemas ?? {};
  for (const name of schemasUsedByOperations(base)) {
    if (!(name in headSchemas))
      report(
        'breaking',
        ['components', 'schemas', name],
        `schema ${name} removed or renamed (client types are named by it)`,
      );
  }
  const baseSchemas = base.components?.schemas ?? {};
  for (const name of Object.keys(headSchemas).filter((name) => !(name in baseSchemas))) {
    report('addition', ['components', 'schemas', name], `new schema ${name}`);
  }
  return changes;
}
