// Bundles the gateway for Node (see tools/webpack/node-app.cjs).
const { nodeAppWebpackConfig } = require('../../tools/webpack/node-app.cjs');

module.exports = nodeAppWebpackConfig({
  dirname: __dirname,
  name: 'gateway',
  // `nx openapi gateway` runs it to write apps/gateway/openapi.json.
  additionalEntryPoints: [{ entryName: 'openapi', entryPath: './src/openapi.ts' }],
});
