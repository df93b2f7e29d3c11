import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  type Metric,
} from 'prom-client';

/** Every Orbita metric name starts with it. */
export const METRIC_PREFIX = 'orbita_';

/**
 * The process's one registry: `/metrics` serves it. Libraries register their metrics here,
 * preferably through {@link createCounter}, {@link createHistogram} and {@link createGauge}.
 */
export const metricsRegistry = new Registry();

let defaultMetricsCollected = false;

/** Node.js process metrics (`orbita_process_cpu_seconds_total`, heap, event loop lag, …); idempotent. */
export function collectProcessMetrics(): void {
  if (defaultMetricsCollected) return;
  defaultMetricsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: METRIC_PREFIX });
}

function prefixed(name: string): string {
  return name.startsWith(METRIC_PREFIX) ? name : `${METRIC_PREFIX}${name}`;
}

/**
 * The metric registered under `name`, created on first call. A second call with the same name
 * returns the first metric (modules may be loaded twice in tests), or throws if its type differs.
 */
function registerOnce<M extends Metric<string>>(
  name: string,
  type: abstract new (...args: never[]) => M,
  create: (fullName: string) => M,
): M {
  const fullName = prefixed(name);
  const existing = metricsRegistry.getSingleMetric(fullName);
  if (existing) {
    if (existing instanceof type) return existing;
    throw new Error(`Metric ${fullName} is already registered with another type`);
  }
  return create(fullName);
}

type Config<C> = Omit<C, 'name' | 'registers'> & { name: string };

/** A counter in {@link metricsRegistry}; `name` gets the `orbita_` prefix when it lacks it. */
export function createCounter<L extends string = string>(
  config: Config<CounterConfiguration<L>>,
): Counter<L> {
  return registerOnce(
    config.name,
    Counter<L>,
    (name) => new Counter<L>({ ...config, name, registers: [metricsRegistry] }),
  );
}

/** A histogram in {@link metricsRegistry}; `name` gets the `orbita_` prefix when it lacks it. */
export function createHistogram<L extends string = string>(
  config: Config<HistogramConfiguration<L>>,
): Histogram<L> {
  return registerOnce(
    config.name,
    Histogram<L>,
    (name) => new Histogram<L>({ ...config, name, registers: [metricsRegistry] }),
  );
}

/** A gauge in {@link metricsRegistry}; `name` gets the `orbita_` prefix when it lacks it. */
export function createGauge<L extends string = string>(config: Config<GaugeConfiguration<L>>): Gauge<L> {
  return registerOnce(
    config.name,
    Gauge<L>,
    (name) => new Gauge<L>({ ...config, name, registers: [metricsRegistry] }),
  );
}
