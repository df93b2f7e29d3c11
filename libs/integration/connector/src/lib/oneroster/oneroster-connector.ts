import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleType,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { ReadOptions, SourceConnector, SourceKind, SourcePage } from '../source-connector';
import { ClientCredentialsToken, type ClientCredentials } from './client-credentials';
import { SourceRequestError, TransientSourceError } from './http-errors';
import { readCollection } from './oneroster-json';

/** OneRoster 1.2 rostering service's base path, under the platform's URL. */
export const ONEROSTER_BASE_PATH = '/ims/oneroster/rostering/v1p2';

export interface OneRosterConnectorOptions extends ClientCredentials {
  /** The platform's URL, without the OneRoster base path. */
  baseUrl: string;
  pageSize?: number;
  /** Attempts of one request on 5xx and network failures (back-off with jitter between them). */
  maxAttempts?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failed attempts that open the circuit; it lets one request through after `halfOpenAfterMs`. */
  breakerThreshold?: number;
  halfOpenAfterMs?: number;
  /** 429s in a row a request waits out before the run gives up. */
  maxRateLimitWaits?: number;
  /** The longest Retry-After honoured; a longer one is waited this long, then asked again. */
  maxRetryAfterMs?: number;
  requestTimeoutMs?: number;
}

/**
 * The OneRoster 1.2 REST connector: `limit`/`offset` pages sorted by sourcedId (records changing while we
 * page keep their places), deltas by `filter=dateLastModified>'…'`, a short page ends the listing whatever
 * X-Total-Count said. 5xx and network failures are retried with exponential back-off and decorrelated jitter
 * behind a circuit breaker (cockatiel); 429 waits for Retry-After and does not count against the breaker.
 */
export class OneRosterConnector implements SourceConnector {
  private readonly token: ClientCredentialsToken;
  private readonly policy: IPolicy;
  private readonly pageSize: number;

  constructor(private readonly options: OneRosterConnectorOptions) {
    this.token = new ClientCredentialsToken(options);
    this.pageSize = options.pageSize ?? 100;
    const retrying = retry(handleType(TransientSourceError), {
      maxAttempts: options.maxAttempts ?? 5,
      backoff: new ExponentialBackoff({
        initialDelay: options.initialBackoffMs ?? 200,
        maxDelay: options.maxBackoffMs ?? 10_000,
      }),
    });
    const breaker = circuitBreaker(handleType(TransientSourceError), {
      halfOpenAfter: options.halfOpenAfterMs ?? 30_000,
      breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 10),
    });
    // Retry outside the breaker: an open circuit fails the attempt at once (BrokenCircuitError, not retried).
    this.policy = wrap(retrying, breaker);
  }

  async *pages<K extends SourceKind>(kind: K, options: ReadOptions): AsyncIterable<SourcePage<K>> {
    let offset = options.offset ?? 0;
    for (;;) {
      const url = new URL(`${this.options.baseUrl.replace(/\/$/, '')}${ONEROSTER_BASE_PATH}/${kind}`);
      url.searchParams.set('limit', String(this.pageSize));
      url.searchParams.set('offset', String(offset));
      url.searchParams.set('sort', 'sourcedId');
      url.searchParams.set('orderBy', 'asc');
      if (options.since) url.searchParams.set('filter', `dateLastModified>'${options.since.toISOString()}'`);
      const { body, totalCount } = await this.get(url, options.signal);
      const records = readCollection(kind, body);
      yield { kind, offset, records, claimedTotal: totalCount };
      if (records.length < this.pageSize) return;
      offset += records.length;
    }
  }

  /** One GET: 429s waited out here, 5xx through the retry/breaker policy. */
  private async get(url: URL, signal?: AbortSignal): Promise<{ body: unknown; totalCount: number | null }> {
    const maxWaits = this.options.maxRateLimitWaits ?? 10;
    for (let waits = 0; ; waits += 1) {
      const response = await this.policy.execute(() => this.attempt(url, signal), signal);
      if (response.status === 429) {
        if (waits >= maxWaits)
          throw new SourceRequestError(`${url.pathname}: still rate-limited after ${waits} waits`, 429);
        await sleep(this.retryAfterMs(response), signal);
        continue;
      }
      const total = Number(response.headers.get('x-total-count'));
      return {
        body: await response.json(),
        totalCount: response.headers.has('x-total-count') && Number.isFinite(total) ? total : null,
      };
    }
  }

  private async attempt(url: URL, signal?: AbortSignal, afterUnauthorized = false): Promise<Response> {
    let response: Response;
    try {
      const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 30_000);
      response = await fetch(url, {
        headers: { authorization: `Bearer ${await this.token.get()}`, accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (error instanceof TransientSourceError || error instanceof SourceRequestError) throw error;
      throw new TransientSourceError(`${url.pathname}: ${(error as Error).message}`, null);
    }
    if (response.status === 401 && !afterUnauthorized) {
      await response.body?.cancel();
      this.token.forget();
      return this.attempt(url, signal, true);
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new TransientSourceError(`${url.pathname}: HTTP ${response.status}`, response.status);
    }
    if (!response.ok && response.status !== 429) {
      await response.body?.cancel();
      throw new SourceRequestError(`${url.pathname}: HTTP ${response.status}`, response.status);
    }
    return response;
  }

  /** Retry-After in seconds or as an HTTP date; absent or unreadable: one second. */
  private retryAfterMs(response: Response): number {
    const header = response.headers.get('retry-after') ?? '';
    const seconds = Number(header);
    const ms = header !== '' && Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    const wait = Number.isFinite(ms) && ms >= 0 ? ms : 1000;
    return Math.min(wait, this.options.maxRetryAfterMs ?? 120_000);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
