/**
 * One dependency the service needs before it can take traffic. `check` resolves when the
 * dependency is usable and throws (with a message saying why) when it is not.
 */
export interface ReadinessCheck {
  readonly name: string;
  readonly check: () => Promise<void>;
  /** Longest the check may take before it counts as failed; default 3000 ms. */
  readonly timeoutMs?: number;
}

/** The parts of a `NatsConnection` (`@nats-io/transport-node`) a readiness check uses. */
export interface NatsConnectionLike {
  isClosed(): boolean;
  flush(): Promise<void>;
}

/**
 * Ready when there is an open NATS connection that answers a round trip (`flush`) within
 * `timeoutMs`. `connection` returns the current connection, or `undefined` while the first
 * connect is still under way.
 */
export function natsReadinessCheck(
  connection: () => NatsConnectionLike | undefined,
  { name = 'nats', timeoutMs = 2000 }: { name?: string; timeoutMs?: number } = {},
): ReadinessCheck {
  return {
    name,
    timeoutMs,
    check: async () => {
      const nc = connection();
      if (!nc) throw new Error('not connected to NATS yet');
      if (nc.isClosed()) throw new Error('NATS connection is closed');
      await withTimeout(nc.flush(), timeoutMs, `NATS did not answer a flush within ${timeoutMs} ms`);
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
