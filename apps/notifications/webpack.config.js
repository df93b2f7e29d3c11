// Bundles the notifications service for Node with tsc (decorator metadata intact); node_modules stay external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/notifications'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The image runs it before the app starts.
      additionalEntryPoints: [{ entryName: 'migrate', entryPath: './src/migrate.ts' }],
      tsConfig: './tsconfig.app.json',
      outputPath: 'dist/apps/notifications',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      generatePackageJson: true,
      runtimeDependencies: ['tslib'],
      externalDependencies: 'all',
    }),
  ],
};
