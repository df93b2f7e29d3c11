import { Injectable } from '@nestjs/common';
import { schoolScopeOf } from '@orbita/auth';
import {
  ByIdRequest,
  ListRoadmapActivitiesQuery,
  ListRoadmapsQuery,
  ROADMAP_RPC,
  UpdateRoadmapActivityCommand,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { actorWith, RpcHandler } from '@orbita/service-host';
import { ActivitiesService } from './activities.service';
import { RoadmapsService } from './roadmaps.service';

/** Roadmaps and their activities over request/reply. */
@Injectable()
export class ActivitiesHandlers {
  constructor(
    private readonly roadmaps: RoadmapsService,
    private readonly activities: ActivitiesService,
  ) {}

  @RpcHandler(ROADMAP_RPC.listRoadmaps, ListRoadmapsQuery)
  listRoadmaps(query: ListRoadmapsQuery, context: RpcContext) {
    actorWith(context, 'roadmap:read');
    return this.roadmaps.list(query);
  }

  @RpcHandler(ROADMAP_RPC.getRoadmap, ByIdRequest)
  getRoadmap(request: ByIdRequest, context: RpcContext) {
    return this.roadmaps.get(request.id, schoolScopeOf(actorWith(context, 'roadmap:read')));
  }

  @RpcHandler(ROADMAP_RPC.listActivities, ListRoadmapActivitiesQuery)
  listActivities(query: ListRoadmapActivitiesQuery, context: RpcContext) {
    return this.activities.list(query, schoolScopeOf(actorWith(context, 'roadmap:read')));
  }

  @RpcHandler(ROADMAP_RPC.getActivity, ByIdRequest)
  getActivity(request: ByIdRequest, context: RpcContext) {
    return this.activities.get(request.id, schoolScopeOf(actorWith(context, 'roadmap:read')));
  }

  @RpcHandler(ROADMAP_RPC.updateActivity, UpdateRoadmapActivityCommand)
  updateActivity(command: UpdateRoadmapActivityCommand, context: RpcContext) {
    return this.activities.update(command, actorWith(context, 'roadmap:write').userId);
  }
}
