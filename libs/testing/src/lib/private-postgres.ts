import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitForPort } from './free-port';

const run = promisify(execFile);

/**
 * A PostgreSQL server of the test's own (the machine's binaries, a fresh cluster in a temp folder, a free
 * port), for tests that take the database away. PostgreSQL will not run as root, so as root it runs
 * as the `postgres` user.
 */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dataDir: string,
    private readonly binDir: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const binDir = process.env['PG_BIN_DIR'] ?? (await findPostgresBinDir());
    const root = await mkdtemp(join(tmpdir(), 'orbita-pg-'));
    await chmod(root, 0o755);
    const dataDir = join(root, 'data');
    const server = new PrivatePostgres(await freePort(), dataDir, binDir);
    await server.asOwner(root, async () => {
      await server.exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    });
    await server.restart();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Stops the server at once, cutting every connection, as a crash would. */
  async stop(): Promise<void> {
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  }

  async restart(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D', this.dataDir, '-w', '-l', join(this.dataDir, '..', 'server.log'),
      '-o', `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`,
      'start',
    ]);
    await waitForPort(this.port);
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(join(this.dataDir, '..'), { recursive: true, force: true });
  }

  private async exec(tool: string, args: string[]): Promise<void> {
    const binary = join(this.binDir, tool);
    if (isRoot()) await run('runuser', ['-u', 'postgres', '--', binary, ...args]);
    else await run(binary, args);
  }

  private async asOwner(root: string, work: () => Promise<void>): Promise<void> {
    if (isRoot()) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(root, Number(stdout.trim()), Number(gid.trim()));
    }
    await work();
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function findPostgresBinDir(): Promise<string> {
  const { stdout } = await run('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1']);
  const dir = stdout.trim();
  if (!dir) throw new Error('No PostgreSQL binaries found: set PG_BIN_DIR');
  return dir;
}
