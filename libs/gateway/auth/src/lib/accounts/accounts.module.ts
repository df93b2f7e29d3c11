import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller';

/** `/api/v1/accounts`; its services come from the global GatewayAuthModule. */
@Module({ controllers: [AccountsController] })
export class AccountsModule {}
