import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import eventGenerator from './event.generator';

const CONTRACTS_INDEX =
  "import 'reflect-metadata';\nexport * from './common';\nexport * from './registry';\n";

describe('event generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('libs/contracts/src/index.ts', CONTRACTS_INDEX);
    tree.write('libs/contracts/src/registry/index.ts', "export * from './school-registered';\n");
  });

  it('declares <service>.<aggregate>.<event>.v1 with a payload class, exported from the producer, with a spec', async () => {
    await eventGenerator(tree, { service: 'registry', aggregate: 'roadmap-stage', event: 'closed' });

    const contract = tree.read('libs/contracts/src/registry/roadmap-stage-closed.ts', 'utf-8');
    expect(contract).toContain('export class RoadmapStageClosedV1 {');
    expect(contract).toContain('roadmapStageId!: string;');
    expect(contract).toContain(
      "export const ROADMAP_STAGE_CLOSED_V1 = defineEvent('registry.roadmap-stage.closed.v1', RoadmapStageClosedV1);",
    );
    expect(tree.read('libs/contracts/src/registry/roadmap-stage-closed.spec.ts', 'utf-8')).toContain(
      'problems({ roadmapStageId: randomUUID() })',
    );
    expect(tree.read('libs/contracts/src/registry/index.ts', 'utf-8')).toBe(
      "export * from './roadmap-stage-closed';\nexport * from './school-registered';\n",
    );
    expect(tree.read('libs/contracts/src/index.ts', 'utf-8')).toBe(CONTRACTS_INDEX);
  });

  it('gives a new producer its barrel, exported from the contracts', async () => {
    await eventGenerator(tree, { service: 'sample', aggregate: 'thing', event: 'created' });

    expect(tree.read('libs/contracts/src/sample/index.ts', 'utf-8')).toBe(
      "export * from './thing-created';\n",
    );
    expect(tree.read('libs/contracts/src/index.ts', 'utf-8')).toBe(
      `${CONTRACTS_INDEX}export * from './sample';\n`,
    );
  });

  it('refuses names that make no subject, and an event that exists', async () => {
    await expect(
      eventGenerator(tree, { service: 'Sample', aggregate: 'thing', event: 'created' }),
    ).rejects.toThrow(/not a service name/);
    await expect(
      eventGenerator(tree, { service: 'sample', aggregate: 'thing.x', event: 'created' }),
    ).rejects.toThrow(/not a aggregate/);
    await eventGenerator(tree, { service: 'sample', aggregate: 'thing', event: 'created' });
    await expect(
      eventGenerator(tree, { service: 'sample', aggregate: 'thing', event: 'created' }),
    ).rejects.toThrow(/exists already/);
  });
});
