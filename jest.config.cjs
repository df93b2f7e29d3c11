// One Jest run over every project (`npm test`): the projects are the jest.config.* files Nx knows about
// (apps/, libs/, tools/), so a new project's tests are picked up without a change here.
const { getJestProjectsAsync } = require('@nx/jest');
const preset = require('./jest.preset.cjs');

module.exports = async () => ({
  projects: await getJestProjectsAsync(),
  // Global options: in a multi-project run Jest ignores them in the projects' own configs.
  testTimeout: preset.testTimeout,
});
