/**
 * Runs tasks concurrently across keys but one after another within a key, so events of one aggregate
 * are applied in the order they arrive while other aggregates proceed in parallel.
 */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.tails.set(key, next);
    const forget = () => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    };
    next.then(forget, forget);
    return next;
  }

  get activeKeys(): number {
    return this.tails.size;
  }
}
