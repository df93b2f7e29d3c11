import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { ApiListQuery, ApiProblemResponses } from '@orbita/gateway/feature-http';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission } from '../decorators';
import { SelfDeactivation } from '../errors';
import { SessionsService } from '../sessions/sessions.service';
import { AccountsService } from './accounts.service';
import { AccountPage, AccountView } from './dto/account.view';
import { CreateAccount } from './dto/create-account.dto';
import { ListAccountsQuery } from './dto/list-accounts.query';

const ACCOUNT_EXAMPLE = {
  id: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11',
  email: 'petrova.school1@demo.orbita.local',
  displayName: 'Петрова Анна Сергеевна',
  role: 'teacher',
  schoolId: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  personId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  active: true,
  createdAt: '2025-09-01T08:30:00.000Z',
};

/** `/api/v1/accounts`: the admins' account management. */
@ApiTags('accounts')
@Controller('accounts')
@RequirePermission('accounts:manage')
@AuditResource('account')
export class AccountsController {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an account with a role and an initial password',
    description:
      'School-scoped roles (school_coordinator, teacher) need `schoolId`; other roles must not have one.',
  })
  @ApiCreatedResponse({ type: AccountView, description: 'Created', example: ACCOUNT_EXAMPLE })
  @ApiProblemResponses(400, 409)
  async create(@Body() body: CreateAccount): Promise<AccountView> {
    return AccountView.of(await this.accounts.create(body));
  }

  @Get()
  @ReadsPersonalData()
  @ApiOperation({ summary: 'List accounts (filter by role, school, active; search e-mail and name; page)' })
  @ApiListQuery({
    sortable: ['email', 'displayName', 'role', 'createdAt'],
    search: 'Part of the e-mail or name',
  })
  @ApiOkResponse({
    type: AccountPage,
    description: 'One page of accounts',
    example: { items: [ACCOUNT_EXAMPLE], total: 1, page: 1, pageSize: 20 },
  })
  @ApiProblemResponses(400)
  async list(@Query() query: ListAccountsQuery): Promise<AccountPage> {
    const page = await this.accounts.list(query);
    return { ...page, items: page.items.map(AccountView.of) };
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an account: it can no longer sign in and its sessions are revoked' })
  @ApiOkResponse({
    type: AccountView,
    description: 'Deactivated (also when it was already)',
    example: { ...ACCOUNT_EXAMPLE, active: false },
  })
  @ApiProblemResponses(400, 404, 409)
  async deactivate(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AccountView> {
    if (id === actor.userId) throw new SelfDeactivation();
    const account = await this.accounts.deactivate(id);
    await this.sessions.revokeAll(id, 'deactivated');
    return AccountView.of(account);
  }
}
