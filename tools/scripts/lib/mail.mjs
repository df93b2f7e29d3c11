// The mail catcher of `npm start`: maildev (from npm) takes the notifications service's SMTP and shows
// every mail in a browser, so nothing reaches a real inbox on a developer machine.
import path from 'node:path';
import net from 'node:net';
import { redactUrl } from './infra.mjs';
import { httpOk, isPortFree, preferredOrFreePort, waitUntil } from './net.mjs';
import { say, spawnService } from './proc.mjs';

const SMTP_PORT = 1025;
const WEB_PORT = 1080;
const STARTUP_TIMEOUT_MS = 30_000;

/**
 * Resolves `{ smtpUrl, webUrl, server }`: where the apps send mail (SMTP_URL), where to read it (when
 * known), and the maildev process when we started one. SMTP_URL set, or something already on port 1025
 * (another maildev, a local MTA): we use that and start nothing.
 */
export async function ensureMailCatcher(smtpUrl, { root, logDir }) {
  if (smtpUrl) {
    say(`Mail goes to SMTP_URL=${redactUrl(smtpUrl)}`);
    return { smtpUrl, webUrl: undefined, server: undefined };
  }
  const localSmtp = `smtp://127.0.0.1:${SMTP_PORT}`;
  if (!(await isPortFree(SMTP_PORT))) {
    const webUrl = (await maildevAnswers(WEB_PORT)) ? `http://localhost:${WEB_PORT}/index.html` : undefined;
    say(`Something listens on SMTP port ${SMTP_PORT} already: mails go there (no maildev started)`);
    return { smtpUrl: localSmtp, webUrl, server: undefined };
  }

  const webPort = await preferredOrFreePort(WEB_PORT);
  const logFile = path.join(logDir, 'maildev.log');
  const server = spawnService(
    process.execPath,
    [
      path.join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js'),
      '--smtp',
      String(SMTP_PORT),
      '--ip',
      '127.0.0.1',
      '--web',
      String(webPort),
      '--web-ip',
      '127.0.0.1',
    ],
    { logFile },
  );
  // maildev 3.0 serves its inbox at /index.html (the bare / answers 404).
  const webUrl = `http://localhost:${webPort}/index.html`;
  await waitUntil(
    'maildev',
    async () => {
      if (server.exitCode !== null || server.spawnError)
        throw new Error(`maildev exited at start; see ${logFile}`);
      return (await smtpAnswers(SMTP_PORT)) && (await maildevAnswers(webPort));
    },
    { timeoutMs: STARTUP_TIMEOUT_MS, intervalMs: 250 },
  );
  say(`maildev catches mail at ${localSmtp}; read it at ${webUrl} (log: .data/logs/maildev.log)`);
  return { smtpUrl: localSmtp, webUrl, server, stopSignal: 'SIGTERM' };
}

/** Whether a maildev web inbox answers on the port (its health path: /api/healthz, /healthz before 3.0). */
async function maildevAnswers(port) {
  return (await httpOk(`http://127.0.0.1:${port}/api/healthz`)) || httpOk(`http://127.0.0.1:${port}/healthz`);
}

/** True once something accepts connections on the port. */
function smtpAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
