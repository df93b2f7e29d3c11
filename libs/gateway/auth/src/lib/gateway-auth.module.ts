import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { DataSource } from 'typeorm';
import { AccessGuard } from './access/access.guard';
import { PUBLIC_CONTROLLERS, RoutePolicies } from './access/route-policy';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsService } from './accounts/accounts.service';
import { FirstAdmin } from './accounts/first-admin';
import { PasswordHasher } from './accounts/password-hasher';
import { AuditEventsModule } from './audit/audit-events.module';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditLog } from './audit/audit-log.service';
import { createGatewayDataSource } from './database/gateway-data-source';
import { GatewayDatabase } from './database/gateway-database';
import { AuthModule } from './login/auth.module';
import { AuthService } from './login/auth.service';
import { CredentialVerifier, LocalCredentialVerifier } from './login/credential-verifier';
import { AccessTokens } from './sessions/access-tokens';
import { LiveSessions } from './sessions/live-sessions';
import { SessionsService } from './sessions/sessions.service';
import { RateLimitGuard, throttlerOptions } from './throttling/throttling';

/** The gateway's own HTTP resources: `/auth`, `/accounts`, `/audit-events`. */
export const GATEWAY_AUTH_RESOURCES: readonly Type<unknown>[] = [
  AuthModule,
  AccountsModule,
  AuditEventsModule,
];

export interface GatewayAuthOptions {
  /** Controllers public as a whole, which cannot carry our decorators (health, metrics, system info). */
  readonly publicControllers?: readonly Type<unknown>[];
}

/**
 * Security of the gateway, global: the `gateway` schema, accounts, sessions and tokens, the access guard
 * (401/403, deny by default), rate limits, the audit interceptor and the first admin.
 */
@Global()
@Module({})
export class GatewayAuthModule {
  static forRoot(config: GatewayConfig, { publicControllers = [] }: GatewayAuthOptions = {}): DynamicModule {
    return {
      module: GatewayAuthModule,
      imports: [DiscoveryModule, ThrottlerModule.forRoot(throttlerOptions(config))],
      providers: [
        { provide: GatewayConfig, useValue: config },
        {
          provide: DataSource,
          useFactory: () => createGatewayDataSource(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        },
        GatewayDatabase,
        { provide: PUBLIC_CONTROLLERS, useValue: publicControllers },
        RoutePolicies,
        PasswordHasher,
        AccountsService,
        FirstAdmin,
        AccessTokens,
        LiveSessions,
        SessionsService,
        AuditLog,
        { provide: CredentialVerifier, useClass: LocalCredentialVerifier },
        AuthService,
        // In this order: the access guard sets the actor the rate limits key on.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [
        GatewayConfig,
        DataSource,
        AccountsService,
        AccessTokens,
        SessionsService,
        AuditLog,
        AuthService,
        FirstAdmin,
      ],
    };
  }
}
