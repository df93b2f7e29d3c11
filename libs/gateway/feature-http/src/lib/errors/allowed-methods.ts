import type { FastifyInstance } from 'fastify';

interface RoutePattern {
  readonly method: string;
  readonly pattern: RegExp;
}

const routesOf = new WeakMap<object, RoutePattern[]>();

/**
 * Records the gateway's routes as they are registered, so that a request that matches no route can be
 * told apart: a path that exists under other methods is a 405 with `Allow`, not a 404. Catch-all
 * routes (the web UI's `*`) are left out: they would make every path "exist".
 */
export function trackRouteMethods(fastify: FastifyInstance): void {
  const routes: RoutePattern[] = [];
  routesOf.set(fastify, routes);
  fastify.addHook('onRoute', ({ method, url }) => {
    if (url.includes('*')) return;
    const pattern = new RegExp(
      `^${url
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/')}$`,
    );
    for (const one of [method].flat()) routes.push({ method: one.toUpperCase(), pattern });
  });
}

/** The methods some route answers on `path` (none when the path is unknown), sorted. */
export function allowedMethodsOf(fastify: object, path: string): string[] {
  const methods = (routesOf.get(fastify) ?? []).filter((route) => route.pattern.test(path)).map((route) => route.method);
  return [...new Set(methods)].sort();
}
