// Shared Jest settings. SWC compiles TypeScript (keeping decorator metadata, which Nest and
// class-validator need) and also the ESM-only NestJS 12 packages, which Jest cannot load natively.
const esmPackages = ['@nestjs'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: require('./tools/jest/module-name-mapper.cjs'),
  testTimeout: 60_000,
};
