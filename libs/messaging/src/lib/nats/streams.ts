import { JetStreamManager, JetStreamApiError, RetentionPolicy, StorageType, StreamConfig } from '@nats-io/jetstream';
import { errors, nanos } from '@nats-io/transport-node';

/** How long JetStream remembers a `Nats-Msg-Id`: a relay re-publishing within this window is deduplicated. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

const streamDefaults: Partial<StreamConfig> = {
  storage: StorageType.File,
  // Events are kept: reporting rebuilds its read models by replaying streams from the start.
  retention: RetentionPolicy.Limits,
  duplicate_window: nanos(DUPLICATE_WINDOW_MS),
};

/** Creates the stream, or brings an existing one's subjects and settings up to date. Safe to call at every start. */
export async function ensureStream(jsm: JetStreamManager, stream: { name: string; subjects: string[] }): Promise<void> {
  try {
    const { config } = await jsm.streams.info(stream.name);
    const wanted = new Set([...config.subjects, ...stream.subjects]);
    if (wanted.size !== config.subjects.length || config.duplicate_window !== streamDefaults.duplicate_window) {
      await jsm.streams.update(stream.name, { ...config, ...streamDefaults, subjects: [...wanted] });
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add({ ...streamDefaults, name: stream.name, subjects: stream.subjects });
    } catch (addError) {
      // Another replica created it between our look and our add.
      if (!/already in use|already exists/i.test((addError as Error).message)) throw addError;
    }
  }
}

export function isNotFound(error: unknown): boolean {
  return (
    (error instanceof JetStreamApiError && error.code === 404) ||
    /not found/i.test((error as Error | undefined)?.message ?? '')
  );
}

/** The bus refused the request: the NATS user may not use that subject (docs/security.md, "The bus"). */
export function isPermissionDenied(error: unknown): boolean {
  return (
    error instanceof errors.PermissionViolationError ||
    (error as Error | undefined)?.cause instanceof errors.PermissionViolationError
  );
}
