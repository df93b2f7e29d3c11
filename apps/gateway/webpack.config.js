// Bundles the gateway for Node with tsc (decorator metadata intact); node_modules stay external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/gateway'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // `nx openapi gateway` runs it to write apps/gateway/openapi.json.
      additionalEntryPoints: [{ entryName: 'openapi', entryPath: './src/openapi.ts' }],
      tsConfig: './tsconfig.app.json',
      outputPath: 'dist/apps/gateway',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      // dist/apps/gateway/package.json + package-lock.json: what the runtime image installs.
      generatePackageJson: true,
      // tsc's importHelpers: the bundle requires tslib without importing it in the source.
      runtimeDependencies: ['tslib'],
      externalDependencies: 'all',
    }),
  ],
};
