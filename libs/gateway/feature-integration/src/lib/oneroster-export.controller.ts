import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { schoolYearOf } from '@orbita/contracts';
import { ENROLLMENT_RPC } from '@orbita/enrollment/rpc';
import {
  AuditResource,
  CurrentActor,
  ReadsPersonalData,
  RequirePermission,
  ThrottleExpensive,
} from '@orbita/gateway/auth';
import { ApiProblemResponses, everyPage, GatewayConfig, ServiceClient } from '@orbita/gateway/feature-http';
import { CodedException } from '@orbita/observability';
import { REGISTRY_RPC } from '@orbita/registry/rpc';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { oneRosterFiles, oneRosterZip } from './oneroster-export';

/** The export is switched off (the gateway's ONEROSTER_EXPORT_ENABLED): 404. */
export const ONEROSTER_EXPORT_DISABLED = 'INTEGRATION.ONEROSTER_EXPORT_DISABLED';

const PAGE_SIZE = 200;

export class OneRosterExportQuery {
  @ApiPropertyOptional({
    example: 2024,
    description:
      'First calendar year of the school year (2024 = 2024/25); the current school year by default',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;
}

/**
 * `/api/v1/integration/oneroster-export.zip`: a school year's programme classes, their students and teachers as
 * a OneRoster 1.2 CSV bundle for the Sirius.Schools platform to import. Read here, as the caller, from
 * enrollment (classes, students) and the registry (schools, teachers); behind the ONEROSTER_EXPORT_ENABLED setting.
 */
@ApiTags('integration')
@Controller('integration')
@AuditResource('oneroster-export')
@RequirePermission('integration:manage')
export class OneRosterExportController {
  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
  ) {}

  @Get('oneroster-export.zip')
  @ThrottleExpensive()
  // Every student's and teacher's name: each download is audited, and nothing caches it.
  @ReadsPersonalData()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download our classes and students as a OneRoster 1.2 CSV bundle for Sirius.Schools',
    description:
      'A ZIP (bulk files, UTF-8): manifest.csv, academicSessions.csv (the school year), orgs.csv (the schools with ' +
      'classes; sourcedId the Sirius id when the registry has one, else ours), courses.csv (a programme per ' +
      'school), classes.csv, users.csv and roles.csv (the students in a class now, a student linked to the ' +
      'platform under their platform id, and the classes’ teachers), ' +
      'enrollments.csv. Names only: no birth dates or contacts. Off unless the gateway’s ' +
      'ONEROSTER_EXPORT_ENABLED is set (404 INTEGRATION.ONEROSTER_EXPORT_DISABLED).',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'The bundle, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 404)
  async download(
    @Query() query: OneRosterExportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    if (!this.config.ONEROSTER_EXPORT_ENABLED)
      throw new CodedException(
        ONEROSTER_EXPORT_DISABLED,
        404,
        'The OneRoster export is disabled: the gateway setting ONEROSTER_EXPORT_ENABLED turns it on',
      );
    const schoolYear = query.schoolYear ?? schoolYearOf(new Date().toISOString().slice(0, 10));
    const [schools, classes, students, people] = await Promise.all([
      everyPage((page) =>
        this.services.request(REGISTRY_RPC.listSchools, { page, pageSize: PAGE_SIZE }, actor),
      ),
      everyPage((page) =>
        this.services.request(ENROLLMENT_RPC.listClasses, { schoolYear, page, pageSize: PAGE_SIZE }, actor),
      ),
      everyPage((page) =>
        this.services.request(ENROLLMENT_RPC.listStudents, { page, pageSize: PAGE_SIZE }, actor),
      ),
      everyPage((page) =>
        this.services.request(REGISTRY_RPC.listPeople, { page, pageSize: PAGE_SIZE }, actor),
      ),
    ]);
    const teacherIds = new Set(classes.flatMap((item) => item.teachers.map((teacher) => teacher.personId)));
    const zip = await oneRosterZip(
      oneRosterFiles({
        schoolYear,
        schools,
        classes,
        students,
        teachers: people.filter((person) => teacherIds.has(person.id)),
      }),
    );
    return new StreamableFile(zip, {
      type: 'application/zip',
      length: zip.length,
      disposition: `attachment; filename="oneroster-${schoolYear}.zip"`,
    });
  }
}
