import { Counter, Histogram } from 'prom-client';
import { register as metricsRegistry } from 'prom-client'; // TODO(wire): @orbita/observability

const registers = [metricsRegistry];

function counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
  return (metricsRegistry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames, registers });
}

function histogram<L extends string>(name: string, help: string, labelNames: L[], buckets: number[]): Histogram<L> {
  return (
    (metricsRegistry.getSingleMetric(name) as Histogram<L> | undefined) ??
    new Histogram({ name, help, labelNames, buckets, registers })
  );
}

const latencyBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120];

export const messagingMetrics = {
  outboxPublished: counter('orbita_outbox_published_total', 'Events published from the outbox to JetStream', ['service']),
  outboxLag: histogram(
    'orbita_outbox_lag_seconds',
    'Time from writing an event to the outbox to its publish ack',
    ['service'],
    latencyBuckets,
  ),
  consumed: counter('orbita_consumer_events_total', 'Events handled by consumers, by result', [
    'consumer',
    'subject',
    'result',
  ]),
  redeliveries: counter('orbita_consumer_redeliveries_total', 'Events received again after a failed or lost ack', [
    'consumer',
  ]),
  deadLetters: counter('orbita_consumer_dead_letters_total', 'Events moved to the dead-letter stream', [
    'consumer',
    'reason',
  ]),
  handlerDuration: histogram(
    'orbita_consumer_handler_duration_seconds',
    'Time to apply one event (transaction included)',
    ['consumer', 'subject'],
    latencyBuckets,
  ),
};
