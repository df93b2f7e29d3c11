import { Inject, Injectable } from '@nestjs/common';
import { isSchoolScopedRole, type Role } from '@orbita/auth';
import { ValidationFailedException } from '@orbita/observability';
import { findPage } from '@orbita/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountNotFound, EmailTaken, PersonTaken } from '../errors';
import { Account } from './account.entity';
import { normalizeEmail } from './dto/create-account.dto';
import type { ListAccountsQuery } from './dto/list-accounts.query';
import { PasswordHasher } from './password-hasher';

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  schoolId?: string | null;
  password: string;
  personId?: string | null;
}

/** Local accounts: creation, lookup, listing, password changes and deactivation. */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
  ) {}

  /** Creates an account; 409 when the e-mail, or the person, has one. */
  async create(input: NewAccount): Promise<Account> {
    const created = await this.insert(input, this.dataSource.manager);
    if (created) return created;
    if (input.personId && !(await this.findByEmail(input.email))) throw new PersonTaken(input.personId);
    throw new EmailTaken(normalizeEmail(input.email));
  }

  /** Creates the account unless one with the e-mail exists (then `undefined`): for seeds and bootstraps. */
  async createIfAbsent(
    input: NewAccount,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Account | undefined> {
    return this.insert(input, manager);
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ email: normalizeEmail(email) });
  }

  async get(id: string): Promise<Account> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw new AccountNotFound(id);
    return account;
  }

  list(query: ListAccountsQuery) {
    const builder = this.dataSource.getRepository(Account).createQueryBuilder('account');
    if (query.role) builder.andWhere('account.role = :role', { role: query.role });
    if (query.schoolId) builder.andWhere('account.schoolId = :schoolId', { schoolId: query.schoolId });
    if (query.active !== undefined) builder.andWhere('account.active = :active', { active: query.active });
    return findPage(builder, query, {
      sortable: {
        email: 'account.email',
        displayName: 'account.displayName',
        role: 'account.role',
        createdAt: 'account.createdAt',
      },
      defaultSort: 'email',
      searchable: ['account.email', 'account.displayName'],
    });
  }

  async setPassword(accountId: string, password: string): Promise<void> {
    await this.dataSource
      .getRepository(Account)
      .update(
        { id: accountId },
        { passwordHash: await this.hasher.hash(password), passwordChangedAt: new Date() },
      );
  }

  async deactivate(accountId: string): Promise<Account> {
    const account = await this.get(accountId);
    if (!account.active) return account;
    await this.dataSource
      .getRepository(Account)
      .update({ id: accountId }, { active: false, deactivatedAt: new Date() });
    return this.get(accountId);
  }

  /** Whether any admin account exists (active or not): the first admin is made only once. */
  async adminExists(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(Account).existsBy({ role: 'admin' });
  }

  /** INSERT … ON CONFLICT DO NOTHING: the e-mail (and person) is unique, a second insert changes nothing. */
  private async insert(input: NewAccount, manager: EntityManager): Promise<Account | undefined> {
    const schoolId = isSchoolScopedRole(input.role) ? (input.schoolId ?? null) : null;
    if (isSchoolScopedRole(input.role) && !schoolId) {
      throw new ValidationFailedException([
        { field: 'schoolId', message: `schoolId is required for the role ${input.role}` },
      ]);
    }
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Account)
      .values({
        email: normalizeEmail(input.email),
        displayName: input.displayName.trim(),
        role: input.role,
        schoolId,
        personId: input.personId ?? null,
        passwordHash: await this.hasher.hash(input.password),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? manager.getRepository(Account).findOneByOrFail({ id }) : undefined;
  }
}
