import { Injectable } from '@nestjs/common';
import { Blueprints, type ProtocolBlueprint } from '@orbita/assessments/core';
import type { SchoolScope } from '@orbita/auth';
import type { EntityManager } from 'typeorm';
import { ParticipantCodesService } from '../codes/participant-codes.service';
import { WorksService } from './works.service';

/** The works' side of the blueprint reference protocols hold (see Blueprints in the assessments core). */
@Injectable()
export class WorkBlueprints extends Blueprints {
  constructor(
    private readonly works: WorksService,
    private readonly codes: ParticipantCodesService,
  ) {
    super();
  }

  currentFor(workId: string, schoolId: string, scope: SchoolScope): Promise<ProtocolBlueprint> {
    return this.works.currentFor(workId, schoolId, scope);
  }

  issuedCodes(workId: string, schoolId: string): Promise<string[]> {
    return this.codes.issuedTo(workId, schoolId);
  }

  claim(manager: EntityManager, blueprint: Pick<ProtocolBlueprint, 'workId' | 'version' | 'revision'>): Promise<void> {
    return this.works.claim(manager, blueprint);
  }

  release(manager: EntityManager, workId: string, version: number): Promise<void> {
    return this.works.release(manager, workId, version);
  }
}
