// Bundles the enrollment for Node (see tools/webpack/node-app.cjs).
const { nodeAppWebpackConfig } = require('../../tools/webpack/node-app.cjs');

module.exports = nodeAppWebpackConfig({
  dirname: __dirname,
  name: 'enrollment',
  // The image runs them before the app starts / to load demo data.
  additionalEntryPoints: [
    { entryName: 'migrate', entryPath: './src/migrate.ts' },
    { entryName: 'seed', entryPath: '../../tools/seeds/enrollment-demo.run.ts' },
  ],
});
