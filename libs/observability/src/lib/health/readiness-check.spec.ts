import { natsReadinessCheck, type NatsConnectionLike } from './readiness-check';

describe('natsReadinessCheck', () => {
  const open: NatsConnectionLike = { isClosed: () => false, flush: async () => undefined };

  it('passes with an open connection that flushes', async () => {
    await expect(natsReadinessCheck(() => open).check()).resolves.toBeUndefined();
  });

  it('fails before the first connect, on a closed connection and on a flush that hangs', async () => {
    await expect(natsReadinessCheck(() => undefined).check()).rejects.toThrow('not connected to NATS yet');
    await expect(natsReadinessCheck(() => ({ ...open, isClosed: () => true })).check()).rejects.toThrow(
      'NATS connection is closed',
    );
    const hanging = { isClosed: () => false, flush: () => new Promise<void>(() => undefined) };
    await expect(natsReadinessCheck(() => hanging, { timeoutMs: 20 }).check()).rejects.toThrow(
      'NATS did not answer a flush within 20 ms',
    );
  });
});
