import { Injectable } from '@nestjs/common';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import type { EntityManager } from 'typeorm';
import { translateConstraintViolation } from './enrollment-errors';

/** Reads and writes each in one transaction (writes with their outbox events); constraint violations come back coded. */
@Injectable()
export class EnrollmentStore {
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
