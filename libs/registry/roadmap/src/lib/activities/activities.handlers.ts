import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  ROADMAP_RPC,
  type ListRoadmapActivitiesQuery,
  type ListRoadmapsQuery,
  type UpdateRoadmapActivityCommand,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ActivitiesService } from './activities.service';
import { RoadmapsService } from './roadmaps.service';

/** Roadmaps and their activities over request/reply. */
@Injectable()
export class ActivitiesHandlers {
  constructor(
    private readonly roadmaps: RoadmapsService,
    private readonly activities: ActivitiesService,
  ) {}

  @RpcHandler(ROADMAP_RPC.listRoadmaps)
  listRoadmaps(query: ListRoadmapsQuery) {
    return this.roadmaps.list(query);
  }

  @RpcHandler(ROADMAP_RPC.getRoadmap)
  getRoadmap(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.roadmaps.get(request.id, scope);
  }

  @RpcHandler(ROADMAP_RPC.listActivities)
  listActivities(query: ListRoadmapActivitiesQuery, _actor: Actor, scope: SchoolScope) {
    return this.activities.list(query, scope);
  }

  @RpcHandler(ROADMAP_RPC.getActivity)
  getActivity(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.activities.get(request.id, scope);
  }

  @RpcHandler(ROADMAP_RPC.updateActivity)
  updateActivity(command: UpdateRoadmapActivityCommand, actor: Actor) {
    return this.activities.update(command, actor.userId);
  }
}
