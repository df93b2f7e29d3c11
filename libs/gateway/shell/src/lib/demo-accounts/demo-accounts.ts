// The contracts' class-transformer decorators need the metadata API loaded before them.
import 'reflect-metadata';
import { connect } from '@nats-io/transport-node';
import type { Role } from '@orbita/auth';
import type { PersonRole } from '@orbita/contracts';
import { REGISTRY_RPC, type ListPeopleQuery, type PersonView } from '@orbita/registry/rpc';
import {
  AccountsService,
  createGatewayDataSource,
  PasswordHasher,
  type NewAccount,
} from '@orbita/gateway/auth';
import type { GatewayConfig } from '@orbita/gateway/feature-http';
import { ActorSigner, inboxPrefixOf, MessagingNames, SystemRpcClient } from '@orbita/messaging';
import { isCodedError } from '@orbita/observability';
import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * What `nx seed gateway` needs beyond the gateway's config: the one password of every demo account, made
 * per installation (`npm start`: `.data/secrets/demo-password`). No default: a public demo password would
 * open every demo account of every installation.
 */
export class DemoSeedConfig {
  @IsString()
  @MinLength(10, { message: 'must be set to the demo accounts’ password, at least 10 characters' })
  @MaxLength(200)
  DEMO_PASSWORD!: string;
}

const PAGE_SIZE = 200;

/** The account role of a registry person, by precedence when a person has several; mentors get none. */
const ACCOUNT_ROLE_OF: readonly (readonly [PersonRole, Role])[] = [
  ['regional_staff', 'regional_coordinator'],
  ['school_coordinator', 'school_coordinator'],
  ['teacher', 'teacher'],
  ['expert', 'expert'],
  ['observer', 'observer'],
];

/** The demo account of a person: one with an e-mail and a role that maps (school roles need a school). */
export function demoAccountOf(person: PersonView, password: string): NewAccount | undefined {
  if (!person.email) return undefined;
  for (const [personRole, role] of ACCOUNT_ROLE_OF) {
    if (!person.roles.includes(personRole)) continue;
    const schoolScoped = role === 'school_coordinator' || role === 'teacher';
    if (schoolScoped && !person.schoolId) continue;
    return {
      email: person.email,
      displayName: person.fullName,
      role,
      schoolId: schoolScoped ? person.schoolId : null,
      password,
      personId: person.id,
    };
  }
  return undefined;
}

export interface DemoLogin {
  email: string;
  role: Role;
  displayName: string;
  created: boolean;
}

/** Thrown when the registry cannot be asked for its people. */
export class RegistryUnavailableError extends Error {
  constructor(config: GatewayConfig, cause: unknown) {
    const reason = cause instanceof Error || isCodedError(cause) ? cause.message : String(cause);
    super(
      `Cannot load the registry's people for the demo accounts: ${reason}. The registry must be running and ` +
        `answering ${REGISTRY_RPC.listPeople.subject} on ${config.NATS_URL}` +
        `${config.NATS_SUBJECT_PREFIX ? ` (subject prefix ${config.NATS_SUBJECT_PREFIX})` : ''}; ` +
        '`npm start` starts it before seeding.',
      { cause },
    );
    this.name = 'RegistryUnavailableError';
  }
}

/**
 * `nx seed gateway`: a demo account (with `password`) for every registry person with an e-mail and a role
 * that maps to an account role. Idempotent: people with an account keep it. Does nothing
 * in production. Returns every demo login, new or not.
 */
export async function seedDemoAccounts(config: GatewayConfig, password: string): Promise<DemoLogin[]> {
  if (config.NODE_ENV === 'production') return [];
  const people = await listRegistryPeople(config);
  const dataSource = createGatewayDataSource(config.DATABASE_URL, 2);
  await dataSource.initialize();
  try {
    const accounts = new AccountsService(dataSource, new PasswordHasher());
    const logins: DemoLogin[] = [];
    for (const account of people.map((person) => demoAccountOf(person, password))) {
      if (!account) continue;
      const created = await accounts.createIfAbsent(account);
      logins.push({
        email: account.email,
        role: account.role,
        displayName: account.displayName,
        created: !!created,
      });
    }
    return logins;
  } finally {
    await dataSource.destroy();
  }
}

/** Every person of the registry, page by page, asked as the system actor (signed with the gateway's key). */
async function listRegistryPeople(config: GatewayConfig): Promise<PersonView[]> {
  const nc = await connect({
    servers: config.NATS_URL.split(','),
    name: 'orbita-gateway-seed',
    user: config.NATS_USER,
    pass: config.NATS_PASSWORD,
    inboxPrefix: inboxPrefixOf(config.NATS_USER),
    timeout: 5_000,
  }).catch((error: unknown) => {
    throw new RegistryUnavailableError(config, error);
  });
  try {
    const rpc = new SystemRpcClient(nc, {
      names: new MessagingNames(config.NATS_SUBJECT_PREFIX),
      timeoutMs: 15_000,
      actors: ActorSigner.fromKey(config.ACTOR_SIGNING_KEY),
    });
    const people: PersonView[] = [];
    for (let page = 1; ; page++) {
      const query: ListPeopleQuery = { page, pageSize: PAGE_SIZE };
      const reply = await rpc
        .request(REGISTRY_RPC.listPeople, query)
        .catch((error: unknown) => {
          throw new RegistryUnavailableError(config, error);
        });
      people.push(...reply.items);
      if (reply.items.length === 0 || people.length >= reply.total) return people;
    }
  } finally {
    await nc.close();
  }
}
