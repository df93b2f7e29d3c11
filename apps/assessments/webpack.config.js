// Bundles the assessments for Node with tsc (decorator metadata intact); node_modules stay external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/assessments'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The image runs them before the app starts / to load demo data.
      additionalEntryPoints: [
        { entryName: 'migrate', entryPath: './src/migrate.ts' },
        { entryName: 'seed', entryPath: './src/seed.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      outputPath: 'dist/apps/assessments',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      generatePackageJson: true,
      runtimeDependencies: ['tslib'],
      externalDependencies: 'all',
    }),
  ],
};
