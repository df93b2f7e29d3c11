// `nx migrate notifications`: creates the notifications schema and applies its pending migrations.
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';
import { NOTIFICATIONS_SERVICE } from '@orbita/notifications/service';

migrateService(NOTIFICATIONS_SERVICE)
  .then((applied) =>
    process.stdout.write(
      `notifications: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    ),
  )
  .catch(exitOnServiceFailure('notifications'));
