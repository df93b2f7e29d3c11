// Bundles reporting for Node (see tools/webpack/node-app.cjs).
const { nodeAppWebpackConfig } = require('../../tools/webpack/node-app.cjs');

module.exports = nodeAppWebpackConfig({
  dirname: __dirname,
  name: 'reporting',
  // The image runs them before the app starts / to rebuild the read models (`node rebuild.js`).
  additionalEntryPoints: [
    { entryName: 'migrate', entryPath: './src/migrate.ts' },
    { entryName: 'rebuild', entryPath: './src/rebuild.ts' },
  ],
});
