import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@orbita/observability';
import { testActorKeys } from '@orbita/testing';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { GatewayConfig } from '../config/gateway-config';
import { createGatewayApp } from '../gateway-app';
import { resolveWebRoot } from './web-ui';

const quiet = { write: () => undefined };

describe('the gateway serves the built web UI', () => {
  let webRoot: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'orbita-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("orbita")');
    // As the build leaves them: each bundle with its brotli and gzip copies.
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("orbita")'));
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js.gz'), gzipSync('console.log("orbita")'));
    const config = loadConfig(GatewayConfig, {
      LOG_LEVEL: 'warn',
      WEB_ROOT: webRoot,
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', // the HTTP edge alone opens no database
      JWT_SECRET: randomBytes(32).toString('hex'),
      ACTOR_SIGNING_KEY: testActorKeys().signingKey,
    });
    app = await createGatewayApp(config, { logDestination: quiet });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(['/', '/works/5d0c8a3e/protocols', '/schools?page=2'])('answers the screen %s with index.html', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<div id="root">');
  });

  it('serves the hashed bundles as immutable files', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("orbita")');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('serves the precompressed bundle the browser accepts, cached for a year', async () => {
    const brotli = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers).toMatchObject({
      'content-encoding': 'br',
      vary: expect.stringMatching(/accept-encoding/i),
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('console.log("orbita")');
    const gzip = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const page = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('compresses JSON answers over 1 kB, and not smaller ones', async () => {
    const large = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(large.rawPayload).toString())).toHaveProperty('openapi');
    const small = await app.inject({ method: 'GET', url: '/api/v1/system/info', headers: { 'accept-encoding': 'br' } });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toHaveProperty('name');
  });

  it('serves a UI rebuilt while the gateway runs: the new page and its new bundles', async () => {
    writeFileSync(join(webRoot, 'assets', 'index-def456.js'), 'console.log("rebuilt")');
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div><script src="/assets/index-def456.js"></script>');
    expect((await app.inject({ method: 'GET', url: '/schools' })).body).toContain('index-def456.js');
    const response = await app.inject({ method: 'GET', url: '/assets/index-def456.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("rebuilt")');
  });

  it.each(['/api/v1/no-such-resource', '/health/nothing', '/assets/missing.js'])(
    'keeps %s a problem+json 404 rather than the page',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('keeps the API answering as before', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/system/info' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty('name');
  });

  it('finds no UI where none was built', () => {
    expect(resolveWebRoot({ WEB_ROOT: join(webRoot, 'nothing-here') })).toBeUndefined();
    expect(resolveWebRoot({ WEB_ROOT: webRoot })).toBe(webRoot);
  });
});
