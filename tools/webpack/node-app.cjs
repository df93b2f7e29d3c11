// The webpack config every Node service app shares (apps/reporting should call it too: the lead
// switches it once reporting is finished). Bundles with tsc, so decorator metadata stays intact;
// node_modules stay external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * dist/apps/<name>/main.js from src/main.ts, plus one bundle per additional entry point (e.g.
 * `{ entryName: 'migrate', entryPath: './src/migrate.ts' }` for the image to run before the app starts).
 *
 * @param {{ dirname: string, name: string, additionalEntryPoints?: { entryName: string, entryPath: string }[] }} app
 *   `dirname`: the app's folder (`__dirname` of its webpack.config.js); `name`: its Nx project name.
 */
function nodeAppWebpackConfig({ dirname, name, additionalEntryPoints = [] }) {
  return {
    output: { path: join(dirname, '../../dist/apps', name), clean: true },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        additionalEntryPoints,
        tsConfig: './tsconfig.app.json',
        outputPath: `dist/apps/${name}`,
        outputHashing: 'none',
        optimization: false,
        sourceMap: true,
        // dist/apps/<name>/package.json + package-lock.json: what the runtime image installs.
        generatePackageJson: true,
        // tsc's importHelpers: the bundle requires tslib without importing it in the source.
        runtimeDependencies: ['tslib'],
        externalDependencies: 'all',
      }),
    ],
  };
}

module.exports = { nodeAppWebpackConfig };
