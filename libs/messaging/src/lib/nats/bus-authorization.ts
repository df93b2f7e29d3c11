import { MessagingNames } from '../naming';

/**
 * A service on the bus: its name (= its NATS user), the purposes of its durable consumers and the other
 * services' operations it calls as itself.
 */
export interface BusService {
  name: string;
  /** `EventConsumer` purposes: durable consumers `<name>_<purpose>` on the platform's event streams. */
  consumers?: readonly string[];
  /**
   * Request subjects (`<service>.<verb>.<noun>`) it may send as itself: those of contracts listing it in
   * their `callers`, which their service answers without a signed actor (the bus is the authentication).
   */
  calls?: readonly string[];
}

export interface BusAuthorizationOptions {
  /** `NATS_SUBJECT_PREFIX` of the platform. */
  prefix: string;
  services: readonly BusService[];
  /** The NATS user that sends requests and reaches every transfer bucket (the gateway; seeds use it too). */
  gateway: string;
  /**
   * The password of a user: the secret itself, or `$NAME` to have nats-server take it from its environment
   * (compose), which keeps it out of the file.
   */
  password: (user: string) => string;
}

interface Permissions {
  publish: string[];
  subscribe: string[];
  allowResponses?: boolean;
}

/**
 * Each process's replies come to inboxes of its own (`_INBOX_<user>.…`, set by `connectNats`), so no user
 * may listen to another's replies (which carry read models and file chunks).
 */
export const inboxPrefixOf = (user: string | undefined): string => (user ? `_INBOX_${user}` : '_INBOX');

/**
 * What each NATS user of the platform may do (docs/security.md, "The bus"): a service publishes only its
 * own events (`<prefix>.<service>.<aggregate>.<event>.v1`: four tokens) and dead letters, answers only its
 * own request subjects (`<prefix>.<service>.<verb>.<noun>`: three tokens) with replies allowed back, reads
 * the event streams through its own durable consumers only, and reaches only its own transfer bucket;
 * the gateway sends requests and reaches every bucket; a service sends only the requests of its `calls`.
 */
export function busPermissions(options: BusAuthorizationOptions): Map<string, Permissions> {
  const names = new MessagingNames(options.prefix);
  const eventStreams = options.services.map((service) => names.eventStream(service.name).name);
  const deadLetters = names.deadLetterStream().name;
  const users = new Map<string, Permissions>();
  for (const service of options.services) {
    const ownStream = names.eventStream(service.name).name;
    const durables = (service.consumers ?? []).map((purpose) => names.durable(service.name, purpose));
    users.set(service.name, {
      publish: [
        names.subject(`${service.name}.*.*.*`),
        names.subject('dead-letter.>'),
        '$JS.API.INFO',
        ...[...eventStreams, deadLetters].map((stream) => `$JS.API.STREAM.INFO.${stream}`),
        ...[ownStream, deadLetters].flatMap((stream) => [
          `$JS.API.STREAM.CREATE.${stream}`,
          `$JS.API.STREAM.UPDATE.${stream}`,
        ]),
        ...eventStreams.flatMap((stream) => durables.flatMap((durable) => consumerApi(stream, durable))),
        ...objectStoreApi(names.transferBucket(service.name)),
        ...(service.calls ?? []).map((subject) => names.subject(subject)),
      ],
      subscribe: [names.subject(`${service.name}.*.*`), `${inboxPrefixOf(service.name)}.>`],
      allowResponses: true,
    });
  }
  users.set(options.gateway, {
    publish: [
      names.subject('*.*.*'),
      '$JS.API.INFO',
      ...options.services.flatMap((service) => objectStoreApi(names.transferBucket(service.name))),
    ],
    subscribe: [`${inboxPrefixOf(options.gateway)}.>`],
  });
  return users;
}

/** The `authorization { users = [...] }` block of a nats-server configuration. */
export function renderBusAuthorization(options: BusAuthorizationOptions): string {
  const users = [...busPermissions(options)].map(([user, permissions]) => {
    const lines = [
      `      publish: ${list(permissions.publish)}`,
      `      subscribe: ${list(permissions.subscribe)}`,
      ...(permissions.allowResponses ? ['      allow_responses: true'] : []),
    ];
    return [
      `    {`,
      `      user: ${quote(user)}`,
      `      password: ${secret(options.password(user))}`,
      `      permissions: {`,
      ...lines.map((line) => `  ${line}`),
      `      }`,
      `    }`,
    ].join('\n');
  });
  return `authorization {\n  users: [\n${users.join('\n')}\n  ]\n}\n`;
}

export interface NatsServerConfigOptions extends BusAuthorizationOptions {
  host?: string;
  port: number;
  /** JetStream's store directory. */
  storeDir: string;
  /** Monitoring port (`/healthz`), none when absent. */
  monitorPort?: number;
}

/** A whole nats-server configuration: listen address, JetStream store and the users of the platform. */
export function renderNatsServerConfig(options: NatsServerConfigOptions): string {
  return [
    `# Rendered by renderNatsServerConfig (libs/messaging): the platform's NATS users and what each may do.`,
    `host: ${quote(options.host ?? '127.0.0.1')}`,
    `port: ${options.port}`,
    ...(options.monitorPort ? [`http_port: ${options.monitorPort}`] : []),
    `jetstream {\n  store_dir: ${quote(options.storeDir)}\n}`,
    renderBusAuthorization(options),
  ].join('\n');
}

/** JetStream API a durable consumer of `stream` needs: create (both API forms), info, pull, ack, delete. */
function consumerApi(stream: string, durable: string): string[] {
  return [
    `$JS.API.CONSUMER.CREATE.${stream}.${durable}`,
    `$JS.API.CONSUMER.CREATE.${stream}.${durable}.>`,
    `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.${durable}`,
    `$JS.API.CONSUMER.INFO.${stream}.${durable}`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.${durable}`,
    `$JS.API.CONSUMER.DELETE.${stream}.${durable}`,
    `$JS.ACK.${stream}.${durable}.>`,
  ];
}

/** Subjects of one object-store bucket (stream `OBJ_<bucket>`, data under `$O.<bucket>.>`), as nats.js uses them. */
function objectStoreApi(bucket: string): string[] {
  const stream = `OBJ_${bucket}`;
  return [
    `$O.${bucket}.>`,
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.STREAM.CREATE.${stream}`,
    `$JS.API.STREAM.PURGE.${stream}`,
    `$JS.API.STREAM.MSG.GET.${stream}`,
    `$JS.API.DIRECT.GET.${stream}.>`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.DELETE.${stream}.>`,
    `$JS.FC.${stream}.>`,
  ];
}

const quote = (value: string) => JSON.stringify(value);
const list = (subjects: string[]) => `[${subjects.map(quote).join(', ')}]`;
const secret = (password: string) => (/^\$[A-Z0-9_]+$/.test(password) ? password : quote(password));
