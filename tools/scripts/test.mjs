#!/usr/bin/env node
// `npm test`: lint of every project, the type checks (server code; the web UI), the HTTP API's breaking-change
// gate, then every project's Jest tests in ONE run (root jest.config.cjs), and a last line `N passed, N failed`
// (CI reads it). A failed lint, type check or API gate counts as one failure each. Extra arguments go to
// Jest: `npm test -- libs/messaging`, `npm test -- -t outbox`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const resultsFile = path.join(root, 'tmp', 'jest-results.json');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };
const jestArgs = process.argv.slice(2);

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A step that either passes or counts as one failure. */
async function step(name, command, args) {
  console.log(`\n=== ${name}: ${path.basename(command)} ${args.join(' ')}\n`);
  const code = await run(command, args);
  if (code !== 0) {
    totals.failed += 1;
    failedSteps.push(`${name} (exit code ${code})`);
  }
}

async function jest() {
  fs.rmSync(resultsFile, { force: true }); // never read a previous run's results
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true }); // Jest does not create it
  const args = [
    '-c',
    'jest.config.cjs',
    '--json',
    `--outputFile=${path.relative(root, resultsFile)}`,
    '--maxWorkers=2',
    '--passWithNoTests',
    // On CI a test that leaves a connection open must not hang the run until the CI time limit.
    ...(process.env.CI ? ['--forceExit'] : []),
    ...jestArgs,
  ];
  console.log(`\n=== tests: jest ${args.join(' ')}\n`);
  const code = await run(bin('jest'), args);
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
  // Suites that could not run (syntax error, failing import) have no failed tests, but are failures.
  const failed = results ? results.numFailedTests + results.numRuntimeErrorTestSuites : 0;
  totals.passed += results?.numPassedTests ?? 0;
  totals.failed += failed;
  if (code !== 0 && failed === 0) {
    totals.failed += 1; // Jest failed without a failed test to show for it (bad config, open handles, …)
    failedSteps.push(`jest (exit code ${code}${results ? '' : ', no results written'})`);
  } else if (failed > 0) {
    failedSteps.push(`jest (${failed} failed)`);
  }
}

await step('lint', bin('nx'), ['run-many', '-t', 'lint']);
await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
// The document the code generates against the last release's (apps/gateway/openapi.baseline.json).
await step('api gate', process.execPath, ['tools/scripts/run-ts.cjs', 'tools/openapi/api-gate.ts']);
// The web UI (browser code, its own tsconfig): also fails when its generated API types are stale.
await step('typecheck web', bin('nx'), ['run', 'web:typecheck']);
await jest();

console.log('');
if (failedSteps.length > 0) console.log(`Failed: ${failedSteps.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
