import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import {
  ROADMAP_RPC,
  type ListTrainingsQuery,
  type RecordTrainingCommand,
  type UpdateTrainingCommand,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { TrainingsService } from './trainings.service';

/** Trainings of teachers over request/reply. */
@Injectable()
export class TrainingsHandlers {
  constructor(private readonly trainings: TrainingsService) {}

  @RpcHandler(ROADMAP_RPC.recordTraining)
  record(command: RecordTrainingCommand, actor: Actor) {
    return this.trainings.record(command, actor);
  }

  @RpcHandler(ROADMAP_RPC.updateTraining)
  update(command: UpdateTrainingCommand, actor: Actor) {
    return this.trainings.update(command, actor);
  }

  @RpcHandler(ROADMAP_RPC.listTrainings)
  list(query: ListTrainingsQuery, _actor: Actor, scope: SchoolScope) {
    return this.trainings.list(query, scope);
  }
}
