import { renderOrbitaGatewayOpenApi } from '@orbita/gateway/shell';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('apps/gateway/openapi.json', () => {
  it('matches the controllers (regenerate with `npx nx openapi gateway`)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8');
    expect(await renderOrbitaGatewayOpenApi()).toBe(committed);
  });
});
