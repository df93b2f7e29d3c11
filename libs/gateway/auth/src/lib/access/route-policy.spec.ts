import { Controller, Get, Module, Post } from '@nestjs/common';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { Public, RequirePermission } from '../decorators';
import { startAuthTestGateway } from '../../testing';
import { RoutesWithoutAccessPolicyError } from './route-policy';

@Controller('forgotten')
class ForgottenController {
  @Get()
  @Public()
  open(): string {
    return 'fine';
  }

  @Get('list')
  @RequirePermission('schools:read')
  guarded(): string {
    return 'fine';
  }

  // No decorator: a signed-in account of any role could call it if the gateway started.
  @Post()
  forgotten(): string {
    return 'oops';
  }
}

@Module({ controllers: [ForgottenController] })
class ForgottenModule {}

describe('deny by default', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('refuses to start with a route that is neither @Public, @Authenticated nor @RequirePermission, naming it', async () => {
    const starting = startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: uniqueRunId(),
      resources: [ForgottenModule],
    });
    await expect(starting).rejects.toThrow(RoutesWithoutAccessPolicyError);
    await expect(starting).rejects.toThrow(/say nothing: ForgottenController\.forgotten$/);
  });
});
