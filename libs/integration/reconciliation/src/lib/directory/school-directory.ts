import { Injectable } from '@nestjs/common';
import { SCHOOL_REGISTERED_V1, SCHOOL_UPDATED_V1, type SchoolRegisteredV1 } from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent, type OnEventOptions } from '@orbita/service-host';
import { School } from './school.entity';

/** The durable consumer `integration_directory` of the registry's schools. */
const DIRECTORY_CONSUMER: OnEventOptions = { durable: 'directory' };

/**
 * The integration service's copy of the registry's schools, so that a platform org maps to ours by
 * `siriusId` = the org's sourcedId.
 */
@Injectable()
export class SchoolDirectory {
  @OnEvent(SCHOOL_REGISTERED_V1, DIRECTORY_CONSUMER)
  schoolRegistered(school: SchoolRegisteredV1, { manager }: EventContext) {
    return knowSchool(manager, school);
  }

  @OnEvent(SCHOOL_UPDATED_V1, DIRECTORY_CONSUMER)
  schoolUpdated(school: SchoolRegisteredV1, { manager }: EventContext) {
    return knowSchool(manager, school);
  }
}

async function knowSchool(manager: EventContext['manager'], school: SchoolRegisteredV1): Promise<void> {
  await manager.upsert(
    School,
    {
      id: school.schoolId,
      siriusId: school.siriusId?.trim() || null,
      fullName: school.fullName,
      shortName: school.shortName,
      active: school.active,
    },
    ['id'],
  );
}
