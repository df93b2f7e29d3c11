import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';

/** `/api/v1/auth/…`; its services come from the global GatewayAuthModule. */
@Module({ controllers: [AuthController] })
export class AuthModule {}
