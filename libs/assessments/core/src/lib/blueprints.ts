import type { SchoolScope } from '@orbita/auth';
import type { WorkTaskV1 } from '@orbita/contracts';
import type { EntityManager } from 'typeorm';

/** The blueprint version a protocol is checked against, as it stood when read (`revision`). */
export interface ProtocolBlueprint {
  workId: string;
  version: number;
  /** Bumped by each change in place: a claim fails when the blueprint changed since it was read. */
  revision: number;
  tasks: WorkTaskV1[];
  /** Any code of letters, digits and hyphens, rather than the issued ones. */
  openCodes: boolean;
}

/**
 * What protocols need of works, provided by the works library: the current blueprint of a school's
 * protocol, the codes issued to the school, and the count of protocol versions that refer to a blueprint
 * version (with any, it is never changed in place again).
 */
export abstract class Blueprints {
  /** 404 when the work does not exist or the caller cannot see it, 409 when the work does not expect the school. */
  abstract currentFor(workId: string, schoolId: string, scope: SchoolScope): Promise<ProtocolBlueprint>;

  /** The participant codes issued to the school for the work, in the order issued. */
  abstract issuedCodes(workId: string, schoolId: string): Promise<string[]>;

  /** A protocol version now refers to the blueprint, in the caller's transaction; 409 when it changed since read. */
  abstract claim(manager: EntityManager, blueprint: Pick<ProtocolBlueprint, 'workId' | 'version' | 'revision'>): Promise<void>;

  /** A protocol version that referred to the blueprint version is gone (a replaced draft). */
  abstract release(manager: EntityManager, workId: string, version: number): Promise<void>;
}
