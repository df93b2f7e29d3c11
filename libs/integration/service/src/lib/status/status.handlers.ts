import { Injectable } from '@nestjs/common';
import { INTEGRATION_RPC, type GetStatusRequest, type ServiceStatusView } from '@orbita/integration/rpc';
import { RpcHandler } from '@orbita/service-host';
import { DataSource } from 'typeorm';

/** Answers the status request: proves that the bus and the database reach the integration service. */
@Injectable()
export class StatusHandlers {
  constructor(private readonly dataSource: DataSource) {}

  @RpcHandler(INTEGRATION_RPC.getStatus)
  async status(request: GetStatusRequest): Promise<ServiceStatusView> {
    const [{ now }] = await this.dataSource.query<Array<{ now: Date }>>('SELECT now()');
    return { service: 'integration', databaseTime: now.toISOString(), echo: request.echo };
  }
}
