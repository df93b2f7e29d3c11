import { createCounter, createHistogram } from '@orbita/observability';

const latencyBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120];

export const messagingMetrics = {
  outboxPublished: createCounter({
    name: 'outbox_published_total',
    help: 'Events published from the outbox to JetStream',
    labelNames: ['service'],
  }),
  outboxLag: createHistogram({
    name: 'outbox_lag_seconds',
    help: 'Time from writing an event to the outbox to its publish ack',
    labelNames: ['service'],
    buckets: latencyBuckets,
  }),
  consumed: createCounter({
    name: 'consumer_events_total',
    help: 'Events handled by consumers, by result (applied, duplicate, ignored, failed)',
    labelNames: ['consumer', 'subject', 'result'],
  }),
  redeliveries: createCounter({
    name: 'consumer_redeliveries_total',
    help: 'Events received again after a failed or lost ack',
    labelNames: ['consumer'],
  }),
  deadLetters: createCounter({
    name: 'consumer_dead_letters_total',
    help: 'Events moved to the dead-letter stream',
    labelNames: ['consumer', 'reason'],
  }),
  handlerDuration: createHistogram({
    name: 'consumer_batch_duration_seconds',
    help: 'Time to apply one batch of events in its transaction',
    labelNames: ['consumer', 'subject'],
    buckets: latencyBuckets,
  }),
};
