import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import rpcGenerator from './rpc.generator';

const read = (tree: Tree, path: string) => tree.read(path, 'utf-8') ?? '';

describe('rpc generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write(
      'libs/auth/src/lib/permissions.ts',
      "export const PERMISSIONS = ['schools:read', 'schools:write'] as const;\n",
    );
    tree.write(
      'libs/sample/rpc/src/index.ts',
      "// The sample service's request/reply contracts.\nexport {};\n",
    );
  });

  it('declares the request and reply classes in lib/<noun>.ts and the contract in <SERVICE>_RPC', async () => {
    await rpcGenerator(tree, { service: 'sample', verb: 'get', noun: 'school', permission: 'schools:read' });

    const classes = read(tree, 'libs/sample/rpc/src/lib/school.ts');
    expect(classes).toContain('export class GetSchoolRequest {');
    expect(classes).toContain('export class SchoolView {');
    const catalogue = read(tree, 'libs/sample/rpc/src/lib/sample-rpc.ts');
    expect(catalogue).toContain("import { GetSchoolRequest, SchoolView } from './school';");
    expect(catalogue).toMatch(
      /getSchool: defineRpc\(\{\s+subject: 'sample\.get\.school',\s+request: GetSchoolRequest,\s+response: SchoolView,\s+permission: 'schools:read',\s+scope: 'school',\s+\}\)/,
    );
    expect(read(tree, 'libs/sample/rpc/src/index.ts')).toBe(
      [
        "// The sample service's request/reply contracts.",
        "export * from './lib/sample-rpc';",
        "export * from './lib/school';",
        '',
      ].join('\n'),
    );
  });

  it('adds to what is there: a list reply of an existing class, a reply without content, the scope asked', async () => {
    await rpcGenerator(tree, { service: 'sample', verb: 'get', noun: 'school', permission: 'schools:read' });
    await rpcGenerator(tree, {
      service: 'sample',
      verb: 'list',
      noun: 'school',
      permission: 'schools:read',
      list: true,
      scope: 'open',
    });
    await rpcGenerator(tree, {
      service: 'sample',
      verb: 'archive',
      noun: 'school',
      permission: 'schools:write',
      response: 'none',
      scope: 'region',
    });

    const classes = read(tree, 'libs/sample/rpc/src/lib/school.ts');
    expect(classes.match(/export class SchoolView/g)).toHaveLength(1);
    expect(classes).toContain('export class ListSchoolRequest {');
    expect(classes).toContain('export class ArchiveSchoolRequest {');
    const catalogue = read(tree, 'libs/sample/rpc/src/lib/sample-rpc.ts');
    expect(catalogue).toMatch(/listSchool: defineRpc\(\{[^}]*response: \[SchoolView\],[^}]*scope: 'open'/);
    expect(catalogue).toMatch(/archiveSchool: defineRpc\(\{[^}]*response: null,[^}]*scope: 'region'/);
  });

  it('adds the contract to a <SERVICE>_RPC declared elsewhere in the library', async () => {
    tree.write(
      'libs/sample/rpc/src/lib/operations.ts',
      "import { defineRpc } from '@orbita/contracts';\n\nexport const SAMPLE_RPC = {\n  other: defineRpc({ subject: 'sample.get.other' }),\n};\n",
    );
    await rpcGenerator(tree, {
      service: 'sample',
      verb: 'update',
      noun: 'school',
      permission: 'schools:write',
    });

    expect(tree.exists('libs/sample/rpc/src/lib/sample-rpc.ts')).toBe(false);
    const catalogue = read(tree, 'libs/sample/rpc/src/lib/operations.ts');
    expect(catalogue).toContain("import { SchoolView, UpdateSchoolRequest } from './school';");
    expect(catalogue).toMatch(/other: defineRpc[^\n]*\n[\s\S]*updateSchool: defineRpc/);
  });

  it('refuses an unknown permission, an operation that exists and a service without an rpc library', async () => {
    await expect(
      rpcGenerator(tree, { service: 'sample', verb: 'get', noun: 'school', permission: 'schools:fly' }),
    ).rejects.toThrow(/not a permission/);
    await rpcGenerator(tree, { service: 'sample', verb: 'get', noun: 'school', permission: 'schools:read' });
    await expect(
      rpcGenerator(tree, { service: 'sample', verb: 'get', noun: 'school', permission: 'schools:read' }),
    ).rejects.toThrow(/already has getSchool/);
    await expect(
      rpcGenerator(tree, { service: 'nothing', verb: 'get', noun: 'school', permission: 'schools:read' }),
    ).rejects.toThrow(/make the service first/);
  });
});
