import { Injectable } from '@nestjs/common';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import type { EntityManager } from 'typeorm';
import { translateConstraintViolation } from './constraint-errors';

/**
 * How the registry's domain services reach the database: reads and writes each in one transaction, the
 * writes publishing their events through the outbox in that same transaction, and constraint
 * violations coming back as coded errors.
 */
@Injectable()
export class RegistryStore {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.unitOfWork.run((tx) => work(tx.manager));
  }

  async write<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run(work);
    } catch (error) {
      throw translateConstraintViolation(error);
    }
  }
}
