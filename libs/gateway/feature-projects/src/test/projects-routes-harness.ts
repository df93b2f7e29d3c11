import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { startAuthTestGateway, type TestGateway } from '@orbita/gateway/auth/testing';
import type { MessagingNames, RpcServer } from '@orbita/messaging';
import type { TestDatabase } from '@orbita/testing';
import { ProjectsResourcesModule } from '../lib/projects-resources.module';

/** A gateway serving the projects' routes, talking to the stand-in services under `names`. */
export const startProjectsGateway = (database: TestDatabase, names: MessagingNames): Promise<TestGateway> =>
  startAuthTestGateway({
    databaseUrl: database.url,
    subjectPrefix: names.prefix,
    resources: [ProjectsResourcesModule],
  });

/**
 * Stops what a projects routes spec started, whichever parts did start, and removes the projects'
 * transfer bucket the run made (a bucket is a stream of its own: it would outlive the run).
 */
export async function stopProjectsRoutes(started: {
  names: MessagingNames;
  gateway?: TestGateway;
  services: (RpcServer | undefined)[];
  nats?: NatsConnection;
  database?: TestDatabase;
}): Promise<void> {
  await started.gateway?.close();
  for (const service of started.services) await service?.close();
  if (started.nats) {
    await (
      await jetstreamManager(started.nats)
    ).streams
      .delete(`OBJ_${started.names.transferBucket('projects')}`)
      .catch(() => undefined);
    await started.nats.drain();
  }
  await started.database?.drop();
}
