// Bundles integration for Node (see tools/webpack/node-app.cjs).
const { nodeAppWebpackConfig } = require('../../tools/webpack/node-app.cjs');

module.exports = nodeAppWebpackConfig({
  dirname: __dirname,
  name: 'integration',
  // The image runs it before the app starts.
  additionalEntryPoints: [{ entryName: 'migrate', entryPath: './src/migrate.ts' }],
});
