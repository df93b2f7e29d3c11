import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const services = ['gateway', 'registry', 'enrollment', 'assessments', 'projects', 'reporting', 'notifications', 'integration'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/*.cjs', '**/*.mjs', '**/webpack.config.js', 'libs/web/core/src/api/openapi.d.ts'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The demo seeds ask other services over request/reply, so they live in tools/ (no project);
          // the end-to-end tests seed through them.
          allow: ['../../tools/seeds/*'],
          depConstraints: [
            // A service's code may use its own scope and the shared libraries, nothing of another service:
            // not even its request/reply contracts (`libs/<service>/rpc`, tagged `scope:rpc` too), which only
            // the gateway and tests call. Events (`libs/contracts`, scope:shared) are for every service.
            ...services
              .filter((service) => service !== 'gateway' && service !== 'integration')
              .map((service) => ({
                sourceTag: `scope:${service}`,
                onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'],
              })),
            // ARCHITECTURE: the integration service calls services by request/reply (contracts listing it in
            // their `callers`), so it may use their contracts too.
            { sourceTag: 'scope:integration', onlyDependOnLibsWithTags: ['scope:integration', 'scope:rpc', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:rpc', 'scope:shared'] },
            // A service's contracts build on the shared bases only.
            { sourceTag: 'scope:rpc', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The web UI runs in a browser: it talks to the gateway over HTTP only, never to server code.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            // End-to-end tests start several services together: they alone may use every scope; nothing uses them.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: [...services.map((service) => `scope:${service}`), 'scope:shared'] },
            // Layers: apps compose features; features use data access; everything may use contracts and utils.
            // Test harnesses (`type:test`, `@orbita/testing`) too, but from specs and test folders only: the
            // boundary rule cannot tell a spec from production code; `no-restricted-imports` below does.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:contracts', 'type:util', 'type:test'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:contracts', 'type:util', 'type:test'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util', 'type:test'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:test'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:test'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:contracts', 'type:util', 'type:test'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:contracts', 'type:util', 'type:test'] },
          ],
        },
      ],
    },
  },
  {
    // Test harnesses stay out of what ships: production code may not import `@orbita/testing` or a library's
    // `/testing` entry point (e.g. `@orbita/gateway/shell/testing`), nor a `test` or `testing` folder relatively.
    // Patterns from the repository root, whichever project's config imports this one.
    basePath: import.meta.dirname,
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**', '**/testing/**', 'e2e/**', 'tools/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@orbita/(.+/)?testing|(\\.\\.?/)+(.+/)?(test|testing))(/.*)?$',
              message: 'Test harnesses are for specs, test folders, e2e and tools only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', 'tools/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];

/** React rules for the web UI's projects (their eslint.config.mjs adds these to the default). */
export const webRules = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `onSubmit={handleSubmit(async …)}`: React ignores the promise; the handler reports its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
];
