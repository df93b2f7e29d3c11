import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { problemContent } from '../errors/api-problem-responses';
import { ProblemDetails, ProblemFieldError } from '../errors/problem-details';
import { PATH_ID } from '../errors/validation';
import { GATEWAY_VERSION } from '../system/version';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/openapi.json';
/** Name of the OpenAPI security scheme of the access token (`Authorization: Bearer <JWT>`). */
export const BEARER_AUTH = 'bearer';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The gateway's OpenAPI document, built from the controllers' decorators; needs no running NATS. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Orbita gateway API')
    .setDescription(
      'HTTP API of the Orbita platform. Resources live under `/api/v1`. Every error is ' +
        '`application/problem+json` (RFC 9457) with a stable `code`; validation errors list the ' +
        'offending fields in `errors`. Send `x-correlation-id` to trace a request; it is echoed back.',
    )
    .setVersion(GATEWAY_VERSION)
    .addTag('system', 'The gateway itself')
    .addTag('health', 'Liveness and readiness probes')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'Access token from POST /api/v1/auth/login',
      },
      BEARER_AUTH,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetails, ProblemFieldError],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  addDefaultProblemResponse(document);
  markPathIdsAsUuids(document);
  return document;
}

/** Path ids (`id`, `schoolId`, …) are uuids, and the validation pipe refuses anything else (`PATH_ID`). */
function markPathIdsAsUuids(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      for (const parameter of item[method]?.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'path' || !PATH_ID.test(parameter.name)) continue;
        parameter.schema = { ...parameter.schema, type: 'string', format: 'uuid' };
      }
    }
  }
}

/** Every operation of the API may fail with a problem: a `default` response says its shape. */
function addDefaultProblemResponse(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && !operation.responses['default']) {
        operation.responses['default'] = {
          description: 'Error (problem details)',
          content: problemContent(),
        };
      }
    }
  }
}

/** The document as committed in `apps/gateway/openapi.json`. */
export function renderOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Swagger UI at `/api/docs`, the document at `/api/openapi.json`. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Orbita API',
  });
}
