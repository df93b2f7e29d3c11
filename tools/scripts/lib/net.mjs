// Small network helpers for the start script: ports, local hosts and polling.
import net from 'node:net';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

/** True for hosts on this machine: only there may we start a server of our own in place of a missing one. */
export function isLocalHost(host) {
  return LOCAL_HOSTS.has(String(host).toLowerCase());
}

/** Resolves true when nothing listens on 127.0.0.1:port (we can bind it ourselves). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The preferred port when it is free, else any free port. */
export async function preferredOrFreePort(preferred) {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return freePort();
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `check` every `intervalMs` until it returns a truthy value, or throws a timeout error that says
 * `what` did not come up. `check` may throw to abort early (e.g. when the process it waits for has died).
 */
export async function waitUntil(what, check, { timeoutMs, intervalMs = 500 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() >= deadline)
      throw new Error(`${what} did not come up within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(intervalMs);
  }
}

/** GET the URL; true on a 2xx answer, false on anything else (including no answer yet). */
export async function httpOk(url, timeoutMs = 2000) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** Errors that mean "no server there" rather than "a server that said no". */
export function isNoServerError(error) {
  const codes = ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EADDRNOTAVAIL'];
  const code = error?.code ?? error?.cause?.code;
  if (codes.includes(code)) return true;
  // pg reports its own connect timeout without a code.
  return /timeout|connection refused|terminated unexpectedly/i.test(String(error?.message));
}
