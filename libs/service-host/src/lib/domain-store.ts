import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import type { EntityManager } from 'typeorm';

/**
 * How a service's domain code reaches its database: reads and writes each in one transaction, writes
 * publishing their events through the outbox in that same transaction, and constraint violations
 * turned into the service's coded errors by `translate`. Services extend it as an injectable.
 */
export abstract class DomainStore {
  protected constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly translate: (error: unknown) => unknown,
  ) {}

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.unitOfWork.run((tx) => work(tx.manager));
  }

  async write<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run(work);
    } catch (error) {
      throw this.translate(error);
    }
  }
}
