import {
  ENROLLMENT_ENTITIES,
  ENROLLMENT_MIGRATIONS,
  EnrollmentClassesModule,
} from '@orbita/enrollment/classes';
import type { ServiceDefinition } from '@orbita/service-host';

/** The enrollment service: programme classes, students, enrollment orders. */
export const ENROLLMENT_SERVICE: ServiceDefinition = {
  name: 'enrollment',
  entities: ENROLLMENT_ENTITIES,
  migrations: ENROLLMENT_MIGRATIONS,
  modules: [EnrollmentClassesModule],
};
