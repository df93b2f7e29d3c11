import { Injectable } from '@nestjs/common';
import { PROJECTS_RPC, type GetStatusRequest, type ServiceStatusView } from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { DataSource } from 'typeorm';

/** Answers the status request: proves that the bus and the database reach the projects service. */
@Injectable()
export class StatusHandlers {
  constructor(private readonly dataSource: DataSource) {}

  @RpcHandler(PROJECTS_RPC.getStatus)
  async status(request: GetStatusRequest): Promise<ServiceStatusView> {
    const [{ now }] = await this.dataSource.query<Array<{ now: Date }>>('SELECT now()');
    return { service: 'projects', databaseTime: now.toISOString(), echo: request.echo };
  }
}
