import { DataSource, EntityManager } from 'typeorm';
import { EventContract } from '@orbita/contracts';
import { PendingEvent, prepareEvent, PublishOptions, writeToOutbox } from './outbox.writer';

/** What work inside a transaction gets: the transaction's manager, and publishing through the outbox. */
export interface TransactionContext {
  readonly manager: EntityManager;
  /** The event is written with the state change and published only if the transaction commits. */
  publish<T extends object>(contract: EventContract<T>, payload: T, options: PublishOptions): void;
}

/**
 * Runs work in one database transaction and writes the events it published to the outbox in that
 * same transaction: state change and events commit together or not at all.
 */
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  get schema(): string {
    const schema = (this.dataSource.options as { schema?: string }).schema;
    if (!schema) throw new Error('The DataSource has no schema: create it with createServiceDataSource');
    return schema;
  }

  run<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.runIn(manager, work));
  }

  /** The same inside a transaction someone else opened (the event consumer opens its own). */
  async runIn<T>(manager: EntityManager, work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    const pending: PendingEvent[] = [];
    const result = await work({
      manager,
      publish: (contract, payload, options) => pending.push(prepareEvent(contract, payload, options)),
    });
    await writeToOutbox(manager, this.schema, pending);
    return result;
  }
}
