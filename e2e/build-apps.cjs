// Jest globalSetup of the e2e project: the apps are built once, before any suite starts. The browser suites
// run in parallel workers and each starts the platform as `npm start` does, build included; two cold builds
// at once collide («Found another Vite build process for this project»), while after this one each finds
// Nx's cache warm.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = function buildApps() {
  const root = join(__dirname, '..');
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve('nx/bin/nx', { paths: [root] }),
        'run-many',
        '-t',
        'build',
        '--projects',
        'tag:type:app',
      ],
      { cwd: root, stdio: 'pipe', env: { ...process.env, NX_TUI: 'false' } },
    );
  } catch (error) {
    throw new Error(
      `Building the apps for the e2e suites failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  }
};
