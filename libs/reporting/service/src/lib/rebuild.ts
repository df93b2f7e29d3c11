import { connectNats, MessagingNames } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { rebuildReadModels, type RebuildSummary } from '@orbita/reporting/analytics';
import { dataSourceFor } from '@orbita/service-host';
import { ReportingConfig } from './reporting-config';
import { REPORTING_SERVICE } from './reporting.service-definition';

/** `nx rebuild reporting`: the read models again from the event streams, with the service's own settings. */
export async function rebuildReporting(env: EnvSource = process.env): Promise<RebuildSummary> {
  const config = loadConfig(ReportingConfig, env);
  const dataSource = await dataSourceFor(REPORTING_SERVICE, config).initialize();
  const nats = await connectNats({
    url: config.NATS_URL,
    name: 'reporting-rebuild',
    user: config.NATS_USER,
    password: config.NATS_PASSWORD,
  });
  try {
    return await rebuildReadModels({
      dataSource,
      nats,
      names: new MessagingNames(config.NATS_SUBJECT_PREFIX),
    });
  } finally {
    await nats.drain();
    await dataSource.destroy();
  }
}
