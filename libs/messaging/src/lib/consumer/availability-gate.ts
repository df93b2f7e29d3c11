/**
 * Closed while a dependency (the consumer's database) is away. The first caller that finds it away
 * closes the gate and probes with back-off; everyone else waits until the probe succeeds.
 */
export class AvailabilityGate {
  private reopened?: Promise<void>;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly onOutage: (attempt: number, error: unknown) => void,
    private readonly maxDelayMs = 5_000,
  ) {}

  get isOpen(): boolean {
    return this.reopened === undefined;
  }

  /** Resolves at once when open, otherwise when the dependency answers again. */
  waitUntilOpen(): Promise<void> {
    return this.reopened ?? Promise.resolve();
  }

  /** Marks the dependency as away (idempotent) and returns when it is back. */
  close(): Promise<void> {
    this.reopened ??= this.probeUntilBack().finally(() => (this.reopened = undefined));
    return this.reopened;
  }

  private async probeUntilBack(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, this.maxDelayMs)));
      try {
        await this.probe();
        return;
      } catch (error) {
        this.onOutage(attempt, error);
      }
    }
  }
}
