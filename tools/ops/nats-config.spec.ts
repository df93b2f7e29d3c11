// The bus's users (ADR 0007) are declared once (tools/scripts/nats-config.ts) and rendered for npm start
// and for compose; this keeps the committed compose rendering and the compose file in step with them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const repoRoot = path.resolve(__dirname, '..', '..');

/** What tools/scripts/nats-config.ts renders for compose now. */
const rendered = () =>
  execFileSync(process.execPath, ['tools/scripts/run-ts.cjs', 'tools/scripts/nats-config.ts', 'compose'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
const committed = () => fs.readFileSync(path.join(repoRoot, 'tools/ops/nats-server.conf'), 'utf8');
/** The users of the committed rendering. */
const busUsers = () => [...committed().matchAll(/^\s*user: "([a-z]+)"$/gm)].map((match) => match[1]);
/** The subjects a user of the committed rendering may publish on. */
const publishOf = (user: string): string[] => {
  const block =
    committed()
      .split(/^\s*user: /m)
      .find((each) => each.startsWith(`"${user}"`)) ?? '';
  return JSON.parse(/publish: (\[.*\])$/m.exec(block)?.[1] ?? '[]');
};
const natsPasswordVariable = (user: string) => `NATS_PASSWORD_${user.toUpperCase()}`;

interface ComposeService {
  environment?: Record<string, string>;
}

const compose = () =>
  parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };

describe('the NATS users of compose', () => {
  it('tools/ops/nats-server.conf is the current rendering (regenerate: nats-config.ts compose)', () => {
    expect(committed()).toBe(rendered());
    expect(busUsers()).toEqual([
      'registry',
      'assessments',
      'enrollment',
      'reporting',
      'notifications',
      'projects',
      'integration',
      'gateway',
    ]);
  });

  it('lets a service send only the requests whose contracts list it as a caller (integration: enrollment’s roster)', () => {
    const senders = busUsers().filter(
      (user) =>
        user !== 'gateway' && publishOf(user).some((subject) => /^[a-z]+\.[a-z-]+\.[a-z-]+$/.test(subject)),
    );
    expect(senders).toEqual(['integration']);
    expect(publishOf('integration')).toContain('enrollment.list.sync-roster');
    expect(publishOf('gateway')).toContain('*.*.*');
  });

  it('gives nats-server every user’s password and each app its own user', () => {
    const { services } = compose();
    for (const user of busUsers()) {
      expect(services['nats']?.environment?.[natsPasswordVariable(user)]).toMatch(/^\$\{NATS_PASSWORD_/);
      expect(services[user]?.environment).toMatchObject({
        NATS_USER: user,
        NATS_PASSWORD: expect.stringContaining(natsPasswordVariable(user)),
      });
    }
  });

  it('gives the signing key to the gateway only, the verify key to every service', () => {
    const { services } = compose();
    for (const user of busUsers()) {
      const environment = services[user]?.environment ?? {};
      expect('ACTOR_SIGNING_KEY' in environment).toBe(user === 'gateway');
      if (user !== 'gateway') expect(environment['ACTOR_VERIFY_KEY']).toMatch(/^\$\{ACTOR_VERIFY_KEY:\?/);
    }
  });
});
