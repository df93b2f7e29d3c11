import type { Permission } from '@orbita/auth';
import { REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import { IntegrationRunsController } from './integration-runs.controller';

const handler = (name: string): object =>
  (IntegrationRunsController.prototype as unknown as Record<string, object>)[name];

describe('integration routes', () => {
  it('leave the sync runs to the regional centre (integration:manage)', () => {
    const routes = Object.getOwnPropertyNames(IntegrationRunsController.prototype).filter(
      (name) => name !== 'constructor',
    );
    expect(
      Object.fromEntries(
        routes.map((name) => [name, Reflect.getMetadata(REQUIRED_PERMISSION, handler(name)) as Permission]),
      ),
    ).toEqual({ start: 'integration:manage', list: 'integration:manage' });
  });
});
