import type { Type } from '@nestjs/common';
import type { Permission } from '@orbita/auth';
import { READS_PERSONAL_DATA, REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import { AssignmentImportController } from './assignment-import/assignment-import.controller';
import { CreditFactEvidenceController } from './documents/credit-fact-evidence.controller';
import { ProjectWorkFilesController } from './documents/project-work-files.controller';
import { ProjectSeasonsController } from './seasons/project-seasons.controller';
import { ExpertSheetsController } from './sheets/expert-sheets.controller';
import { ProjectStagesController } from './stages/project-stages.controller';
import { CreditFactsController } from './studios/credit-facts.controller';
import { StudioApplicationsController } from './studios/studio-applications.controller';
import { StudioCyclesController } from './studios/studio-cycles.controller';
import { StudiosController } from './studios/studios.controller';
import { ProjectWorksController } from './works/project-works.controller';

type Controller = Type<unknown>;

const routesOf = (controller: Controller): string[] =>
  Object.getOwnPropertyNames(controller.prototype).filter((name) => name !== 'constructor');

const handler = (controller: Controller, name: string): object =>
  (controller.prototype as Record<string, object>)[name];

/** The permission each route needs (the route tables take it from the contracts). */
const permissions = (controller: Controller): Record<string, Permission | undefined> =>
  Object.fromEntries(
    routesOf(controller).map((name) => [
      name,
      Reflect.getMetadata(REQUIRED_PERMISSION, handler(controller, name)) as Permission | undefined,
    ]),
  );

describe('projects routes', () => {
  it('leave seasons, stages and judging to the regional centre, registration and nomination to schools, sheets to experts', () => {
    expect(permissions(ProjectSeasonsController)).toEqual({
      list: 'projects:read',
      create: 'projects:manage',
      get: 'projects:read',
      saveSection: 'projects:manage',
      listConflicts: 'projects:manage',
    });
    expect(permissions(ProjectStagesController)).toEqual({
      getRubric: 'projects:read',
      createRubricVersion: 'projects:manage',
      listSchedule: 'projects:read',
      listAssignments: 'projects:manage',
      assignExperts: 'projects:manage',
      saveSettings: 'projects:manage',
      summary: 'projects:manage',
      nominationCandidates: 'projects:register',
      nominate: 'projects:register',
      publishResults: 'projects:manage',
      close: 'projects:manage',
    });
    expect(permissions(ProjectWorksController)).toEqual({
      list: 'projects:read',
      listXlsx: 'projects:read',
      register: 'projects:register',
      get: 'projects:read',
      schedule: 'projects:manage',
      assignExpert: 'projects:manage',
      unassignExpert: 'projects:manage',
      declareConflict: 'sheets:write',
      confirmConflict: 'projects:manage',
      listSheets: 'projects:read',
      saveSheet: 'sheets:write',
      submitSheet: 'sheets:write',
    });
    expect(permissions(ExpertSheetsController)).toEqual({ reopen: 'projects:manage' });
  });

  it('leave studio cycles, decisions, verification and the ranking to the regional centre, applications and facts to schools', () => {
    expect(permissions(StudioCyclesController)).toEqual({
      list: 'projects:read',
      open: 'projects:manage',
      get: 'projects:read',
      setCriteria: 'projects:manage',
      listApplications: 'projects:read',
      apply: 'projects:register',
      listStudios: 'projects:read',
      getRanking: 'projects:manage',
      previewRanking: 'projects:manage',
      publishRanking: 'projects:manage',
    });
    expect(permissions(StudioApplicationsController)).toEqual({
      get: 'projects:read',
      resubmit: 'projects:register',
      decide: 'projects:manage',
    });
    expect(permissions(StudiosController)).toEqual({ explainStanding: 'projects:read' });
    expect(permissions(CreditFactsController)).toEqual({
      list: 'projects:read',
      submit: 'projects:register',
      verify: 'projects:manage',
    });
  });

  it('let schools upload their works’ files and facts’ evidence, every reader download them, audited; the import to the centre', () => {
    const permission = (controller: Controller, name: string) =>
      Reflect.getMetadata(REQUIRED_PERMISSION, handler(controller, name)) as Permission | undefined;
    const audited = (controller: Controller, name: string) =>
      Reflect.getMetadata(READS_PERSONAL_DATA, handler(controller, name)) === true;
    for (const [controller, upload, about, download] of [
      [ProjectWorkFilesController, 'attachFile', 'getFile', 'downloadFile'],
      [CreditFactEvidenceController, 'attachEvidence', 'getEvidence', 'downloadEvidence'],
    ] as const) {
      expect([upload, about, download].map((name) => permission(controller, name))).toEqual([
        'projects:register',
        'projects:read',
        'projects:read',
      ]);
      // The documents name pupils; what is known of them (name, size, digest) does not.
      expect([upload, about, download].map((name) => audited(controller, name))).toEqual([false, false, true]);
    }
    expect(permission(AssignmentImportController, 'importAssignments')).toBe('projects:manage');
  });

  it('audit no read as personal data: the projects service answers with ids only', () => {
    for (const controller of [
      ProjectSeasonsController,
      ProjectStagesController,
      ProjectWorksController,
      ExpertSheetsController,
      StudioCyclesController,
      StudioApplicationsController,
      StudiosController,
      CreditFactsController,
    ])
      for (const name of routesOf(controller))
        expect(Reflect.getMetadata(READS_PERSONAL_DATA, handler(controller, name))).toBeUndefined();
  });
});
