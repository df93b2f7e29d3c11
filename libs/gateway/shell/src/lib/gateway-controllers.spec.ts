import type { Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { documentOnlyConfig } from '@orbita/gateway/feature-http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createOrbitaGateway } from './orbita-gateway';

// A controller written but never put into a module answers 404 and is missing from the OpenAPI
// document without any other test noticing (issue 11: /selection-campaigns was), so every class
// declared a controller in the gateway's libraries must be one of the composed gateway's.
const GATEWAY_LIBS = resolve(__dirname, '../../..');
/** Nest marks a class decorated with @Controller with this metadata key. */
const CONTROLLER_WATERMARK = '__controller__';

function declaredControllers(): Map<Type<unknown>, string> {
  const declared = new Map<Type<unknown>, string>();
  for (const library of readdirSync(GATEWAY_LIBS)) {
    const sources = join(GATEWAY_LIBS, library, 'src');
    const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts'),
    );
    for (const file of files) {
      const path = join(sources, file);
      // Hand-written controllers, and route tables (`resource({…})`, see @orbita/gateway/resources).
      if (!/@Controller\(|\bresource\(\{/.test(readFileSync(path, 'utf8'))) continue;
      const exported = Object.values(require(path) as Record<string, unknown>);
      for (const value of exported)
        if (typeof value === 'function' && Reflect.getMetadata(CONTROLLER_WATERMARK, value) === true)
          declared.set(value as Type<unknown>, `${library}/src/${file}`);
    }
  }
  return declared;
}

describe('the composed gateway', () => {
  // With a built UI present, so that the UI's fallback controller is mounted too.
  const webRoot = mkdtempSync(join(tmpdir(), 'orbita-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html>');
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

  it('mounts every controller declared in the gateway’s libraries', async () => {
    const declared = declaredControllers();
    expect(declared.size).toBeGreaterThan(20);
    // The configuration the OpenAPI document is built with, which needs no database or NATS.
    const app = await createOrbitaGateway(Object.assign(documentOnlyConfig(), { WEB_ROOT: webRoot }));
    try {
      const mounted = new Set(
        [...app.get(ModulesContainer).values()].flatMap((module) =>
          [...module.controllers.values()].map((wrapper) => wrapper.metatype),
        ),
      );
      const unmounted = [...declared].filter(([controller]) => !mounted.has(controller));
      expect(unmounted.map(([controller, file]) => `${controller.name} (${file})`)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
