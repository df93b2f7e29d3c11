import { Injectable } from '@nestjs/common';
import { MessagingNames, NatsConnectionHolder, TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/** The transfer bucket files come and go through (uploads from the gateway, files for it to send). */
@Injectable()
export class Transfers {
  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly names: MessagingNames,
  ) {}

  bucket(): Promise<TransferBucket> {
    const connection = this.nats.connection;
    if (!connection)
      throw new CodedException(
        CommonErrorCode.SERVICE_UNAVAILABLE,
        503,
        'The message bus is not connected yet',
      );
    return TransferBucket.open(connection, this.names);
  }
}
