import { MessagingNames, NatsConnectionHolder, TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/** The service's own transfer bucket, through which files come and go (uploads from the gateway, files for it to send). */
export class Transfers {
  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly names: MessagingNames,
    private readonly service: string,
  ) {}

  bucket(): Promise<TransferBucket> {
    const connection = this.nats.connection;
    if (!connection)
      throw new CodedException(
        CommonErrorCode.SERVICE_UNAVAILABLE,
        503,
        'The message bus is not connected yet',
      );
    return TransferBucket.open(connection, this.names, this.service);
  }
}
