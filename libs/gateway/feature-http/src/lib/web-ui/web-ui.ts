import fastifyStatic from '@fastify/static';
import {
  Controller,
  Get,
  Inject,
  Module,
  Req,
  Res,
  type DynamicModule,
} from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { GatewayConfig } from '../config/gateway-config';

/**
 * Where the built web UI is: `WEB_ROOT` when set, else `dist/apps/web` beside the gateway's own bundle
 * (`dist/apps/gateway/main.js`), as `npm start` and the Docker image lay them out. Undefined when there
 * is no built UI there (the API works without it).
 */
export function resolveWebRoot(config: Pick<GatewayConfig, 'WEB_ROOT'>): string | undefined {
  const root = config.WEB_ROOT ? resolve(config.WEB_ROOT) : resolve(__dirname, '..', 'web');
  return existsSync(join(root, 'index.html')) ? root : undefined;
}

const WEB_ROOT = Symbol('WEB_ROOT');
/** Paths that are never screens of the UI: an unknown one is a 404, not the UI's index page. */
const NOT_UI = /^\/(api|health|metrics)(\/|$)|\.[a-z0-9]+$/i;

/**
 * The single-page app's fallback: every other GET answers with index.html, so that a screen's URL
 * (`/works/…`) can be reloaded or shared; the UI's router shows the screen, or its own "not found".
 */
@ApiExcludeController()
@Controller()
export class WebUiController {
  constructor(@Inject(WEB_ROOT) private readonly webRoot: string) {}

  @Get('*')
  async index(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // Fastify's own 404, as for any other method: one answer (ROUTE.NOT_FOUND) for GET and POST alike.
    if (NOT_UI.test(request.url.split('?')[0])) {
      reply.callNotFound();
      return;
    }
    // Read each time: the page names the current hashed bundles, and a rebuilt UI needs no restart
    // (nor a stale copy in the browser: it is fetched anew each time).
    const page = await readFile(join(this.webRoot, 'index.html'), 'utf8');
    await reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
  }
}

@Module({})
export class WebUiModule {
  static forRoot(webRoot: string): DynamicModule {
    return { module: WebUiModule, controllers: [WebUiController], providers: [{ provide: WEB_ROOT, useValue: webRoot }] };
  }
}

/**
 * The UI's files: the hashed bundles under /assets/ (looked up at each request, so a rebuilt UI is served
 * without a restart; their names carry a content hash, so they never change and are cached for a year),
 * and the few top-level files (favicon, …) as one route each. The build writes a `.br` and a `.gz` beside
 * each bundle: the one the browser accepts is sent as it is (`Content-Encoding`, `Vary: Accept-Encoding`).
 */
export async function serveWebUiFiles(app: NestFastifyApplication, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: join(webRoot, 'assets'),
    prefix: '/assets/',
    index: false,
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    preCompressed: true,
  });
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false, // one route per file: the fallback above takes every other path
    globIgnore: ['assets/**'],
    index: false,
    decorateReply: false,
  });
}
