import { Inject, Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Permission } from '@orbita/auth';
import { AUTHENTICATED_ROUTE, PUBLIC_ROUTE, REQUIRED_PERMISSION } from '../decorators';

/** Who may call a route. */
export type RoutePolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'permission'; readonly permission: Permission };

/** Controllers outside our decorators' reach (health, metrics, system info) that are public as a whole. */
export const PUBLIC_CONTROLLERS = Symbol('PUBLIC_CONTROLLERS');

/** Thrown at start when a route says nothing about who may call it. */
export class RoutesWithoutAccessPolicyError extends Error {
  constructor(readonly routes: readonly string[]) {
    super(
      `Every route must be @Public(), @Authenticated() or @RequirePermission(…) (deny by default); ` +
        `these say nothing: ${routes.join(', ')}`,
    );
    this.name = 'RoutesWithoutAccessPolicyError';
  }
}

/**
 * Reads a route's policy (the route's own decorator wins over its controller's) and, when the application
 * starts, checks that every route has one, so that a forgotten decorator fails the boot instead of
 * opening a route to every signed-in account.
 */
@Injectable()
export class RoutePolicies implements OnModuleInit {
  private readonly publicControllers: ReadonlySet<Type<unknown>>;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(PUBLIC_CONTROLLERS) publicControllers: readonly Type<unknown>[],
  ) {
    this.publicControllers = new Set(publicControllers);
  }

  of(handler: object, controller: Type<unknown>): RoutePolicy | undefined {
    if (this.publicControllers.has(controller)) return { kind: 'public' };
    return this.declaredOn(handler) ?? this.declaredOn(controller);
  }

  onModuleInit(): void {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as Type<unknown> | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, object>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const isRoute = Reflect.getMetadata(PATH_METADATA, handler) !== undefined;
        if (isRoute && !this.of(handler, controller)) missing.push(`${controller.name}.${name}`);
      }
    }
    if (missing.length > 0) throw new RoutesWithoutAccessPolicyError(missing);
  }

  private declaredOn(target: object): RoutePolicy | undefined {
    const permission = this.reflector.get<Permission | undefined>(
      REQUIRED_PERMISSION,
      target as Type<unknown>,
    );
    if (permission) return { kind: 'permission', permission };
    if (this.reflector.get<boolean | undefined>(AUTHENTICATED_ROUTE, target as Type<unknown>))
      return { kind: 'authenticated' };
    if (this.reflector.get<boolean | undefined>(PUBLIC_ROUTE, target as Type<unknown>))
      return { kind: 'public' };
    return undefined;
  }
}
