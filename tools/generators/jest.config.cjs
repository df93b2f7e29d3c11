module.exports = {
  displayName: 'generators',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The template files are inputs of the generators, never tests or modules of their own.
  modulePathIgnorePatterns: ['<rootDir>/src/.*/files/'],
};
