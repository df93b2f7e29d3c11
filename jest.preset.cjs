// Shared Jest settings. SWC compiles TypeScript (keeping decorator metadata, which Nest and
// class-validator need) and also the ESM-only packages Jest cannot load natively: NestJS 12, and
// cookie / content-disposition (used by Fastify's light-my-request and @fastify/static), jose (JWTs), and
// @fastify/cookie, whose `import('cookie')` Jest can only run once SWC has made it a require.
const esmPackages = ['@nestjs', 'cookie', 'content-disposition', 'jose', '@fastify/cookie'];

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
