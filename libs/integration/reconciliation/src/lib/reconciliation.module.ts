import {
  Module,
  type ClassProvider,
  type DynamicModule,
  type FactoryProvider,
  type ValueProvider,
} from '@nestjs/common';
import { SchoolDirectory } from './directory/school-directory';
import { School } from './directory/school.entity';
import { IntegrationReconciliation1767650000000 } from './migrations/1767650000000-reconciliation';
import { MismatchDecisions } from './reconciling/mismatch-decisions';
import { MismatchViews } from './reconciling/mismatch-views';
import { Reconciler } from './reconciling/reconciler';
import { ReconciliationHandlers } from './reconciling/reconciliation.handlers';
import { Mismatch, PersonLink, Reconciliation } from './reconciling/reconciliation.entities';
import { STUDENT_ROSTER, type StudentRoster } from './student-roster';

/** The tables and migrations, for the service definition. */
export const RECONCILIATION_ENTITIES = [School, PersonLink, Mismatch, Reconciliation];
export const RECONCILIATION_MIGRATIONS = [IntegrationReconciliation1767650000000];

/** How the service provides our side of a school (`STUDENT_ROSTER`): a class, a value or a factory. */
export type StudentRosterBinding =
  | Omit<ClassProvider<StudentRoster>, 'provide'>
  | Omit<ValueProvider<StudentRoster>, 'provide'>
  | Omit<FactoryProvider<StudentRoster>, 'provide'>;

/**
 * Reconciliation of schools' class lists with the Sirius.Schools platform: the school directory, links,
 * the mismatch report and its decisions.
 */
@Module({})
export class IntegrationReconciliationModule {
  static withRoster(roster: StudentRosterBinding): DynamicModule {
    return {
      module: IntegrationReconciliationModule,
      providers: [
        { provide: STUDENT_ROSTER, ...roster },
        SchoolDirectory,
        Reconciler,
        MismatchViews,
        MismatchDecisions,
        ReconciliationHandlers,
      ],
    };
  }
}
