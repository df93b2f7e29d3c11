import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './free-port';

/**
 * Renders a whole nats-server configuration for the server's port and store directory (e.g. the
 * platform's users and permissions: renderNatsServerConfig of messaging).
 */
export type NatsServerConfigFile = (server: { port: number; storeDir: string }) => string;

/**
 * A nats-server with JetStream of the test's own, on a free port, for tests that stop and restart
 * the broker or need it configured otherwise than the shared one. The store directory survives
 * restarts, as a real server's disk would.
 */
export class PrivateNatsServer {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly storeDir: string,
    private readonly config?: NatsServerConfigFile,
  ) {}

  /** `config`: the server runs with that configuration file instead of plain JetStream on the port. */
  static async start(config?: NatsServerConfigFile): Promise<PrivateNatsServer> {
    const server = new PrivateNatsServer(await freePort(), await mkdtemp(join(tmpdir(), 'orbita-nats-')), config);
    await server.restart();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    const binary = process.env['NATS_SERVER_BIN'] ?? 'nats-server';
    const args = this.config
      ? ['-c', await this.writeConfig(this.config)]
      : ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    this.process = spawn(binary, args, { stdio: 'ignore' });
    this.process.once('error', (error) => {
      throw new Error(`cannot start ${binary}: ${error.message}`);
    });
    await waitForPort(this.port);
  }

  private async writeConfig(config: NatsServerConfigFile): Promise<string> {
    const file = join(this.storeDir, 'nats-server.conf');
    await writeFile(file, config({ port: this.port, storeDir: join(this.storeDir, 'jetstream') }));
    return file;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.storeDir, { recursive: true, force: true });
  }
}
