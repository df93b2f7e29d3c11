// Child-process helpers for the start script.
//
// Two kinds of children:
// - steps (npm install, nx build, migrations): in our process group with the terminal as stdio, so they
//   look as they do when typed by hand and Ctrl-C reaches them directly;
// - long-running services (apps, and a PostgreSQL / NATS server we started): each in its own process
//   group (`detached`), so Ctrl-C in the terminal reaches only this script, which then stops them in
//   order: apps first, then the servers they use.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

export const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const COLORS = [36, 35, 33, 32, 34, 91, 96, 95, 93, 92];

export const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = (text) => paint(1, text);

/** Log line of the start script itself. */
export function say(message) {
  console.log(`${paint(1, '▸')} ${message}`);
}

export function warn(message) {
  console.warn(`${paint(33, '!')} ${message}`);
}

/** A stable colour per index, so each app's prefix is easy to follow. */
export const colorFor = (index) => COLORS[index % COLORS.length];

let currentStep = null;

/** Runs a step to completion with the terminal as its stdio. Resolves with its exit code. */
export function runStep(command, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd });
    currentStep = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      currentStep = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** Like runStep but throws with `what` in the message when the step fails. */
export async function mustRun(what, command, args, options) {
  const code = await runStep(command, args, options);
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}): ${command} ${args.join(' ')}`);
}

/**
 * Stops the step that is running now, if any, and resolves when it has exited (a SIGTERM to us did not
 * reach it; the terminal's Ctrl-C did, and a second signal does no harm).
 */
export function stopCurrentStep(signal = 'SIGTERM') {
  const step = currentStep;
  if (!step || step.exitCode !== null || step.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => step.once('exit', resolve));
  step.kill(signal);
  return exited;
}

/**
 * Starts a long-running service in its own process group. Its output goes either line by line to our
 * stdout with `prefix` in front (after `format`), or to `logFile` (servers we start for the apps: their
 * logs are noise here).
 */
export function spawnService(
  command,
  args,
  { env = process.env, prefix, format = (line) => line, logFile, uid, gid },
) {
  const stdio = logFile
    ? ['ignore', fs.openSync(logFile, 'a'), fs.openSync(logFile, 'a')]
    : ['ignore', 'pipe', 'pipe'];
  const child = spawn(command, args, { env, detached: true, stdio, uid, gid });
  if (!logFile) {
    prefixLines(child.stdout, prefix, format, process.stdout);
    prefixLines(child.stderr, prefix, format, process.stderr);
  }
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A spawn error (e.g. binary not found) arrives as an 'error' event; surface it as an exit.
  child.once('error', (error) => {
    child.spawnError = error;
    child.emit('exit', null, null);
  });
  return child;
}

function prefixLines(stream, prefix, format, out) {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    out.write(`${prefix} ${format(line)}\n`);
  });
}

const isRunning = (child) => child.exitCode === null && child.signalCode === null && !child.spawnError;

/**
 * Sends `signal` to the service's whole process group and waits for it to exit; after `timeoutMs` it is
 * killed. Resolves when it is gone.
 */
export async function stopService(child, { signal = 'SIGTERM', timeoutMs = 10_000 } = {}) {
  if (!isRunning(child)) return;
  signalGroup(child, signal);
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/** Last resort on an unexpected exit of this script: nothing we started may outlive it. */
export function killServiceNow(child, signal = 'SIGKILL') {
  if (isRunning(child)) signalGroup(child, signal);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}
