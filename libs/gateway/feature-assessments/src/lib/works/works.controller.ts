import { Get, Header, Inject, Param, ParseUUIDPipe, StreamableFile, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces } from '@nestjs/swagger';
import { ASSESSMENTS_RPC, PARTICIPANT_CODE_SORT_FIELDS, WORK_SORT_FIELDS, WorkVersionView } from '@orbita/assessments/rpc';
import type { Actor } from '@orbita/auth';
import { XLSX_MEDIA_TYPE } from '@orbita/contracts';
import { CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiProblemResponses, MAX_INT4, ParsePositiveIntPipe, ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';

/** The routes of `/works` that forward to assessments as they are. */
const WorkRoutes = resource({
  name: 'Works',
  path: 'works',
  tag: 'works',
  audit: 'work',
  routes: [
    route.get('', 'list', ASSESSMENTS_RPC.listWorks, {
      summary: 'List diagnostic works (a school account sees the works its school takes)',
      description: 'One page of works, each with its current blueprint',
      list: { sortable: WORK_SORT_FIELDS, search: 'Part of the title' },
      problems: [400],
    }),
    route.post('', 'create', ASSESSMENTS_RPC.createWork, {
      summary: 'Create a work: its blueprint is published as version 1',
      details: '`assessments.work.published.v1` is published.',
      bodySchema: 'CreateWork',
      problems: [400],
    }),
    route.get(':id', 'get', ASSESSMENTS_RPC.getWork, {
      summary: 'One work: its current blueprint and the list of its versions',
      problems: [400, 404],
    }),
    route.put(':id', 'revise', ASSESSMENTS_RPC.reviseWork, {
      summary: 'Revise the blueprint',
      details:
        'The current version is changed in place while no protocol refers to it; otherwise the blueprint is published as the next ' +
        'version and protocols keep the version they were checked against. Either way `assessments.work.published.v1` is published.',
      bodySchema: 'ReviseWork',
      problems: [400, 404, 409],
    }),
    route.post(':id/versions', 'publishVersion', ASSESSMENTS_RPC.publishWorkVersion, {
      summary: 'Publish the blueprint as a new version (always, even without protocols)',
      bodySchema: 'ReviseWork',
      problems: [400, 404, 409],
    }),
    route.post(':id/participant-codes', 'issueCodes', ASSESSMENTS_RPC.issueParticipantCodes, {
      summary: 'Issue new participant codes for a school, like 2024-MATH7-S03-0001',
      params: { id: 'workId' },
      bodySchema: 'IssueParticipantCodes',
      problems: [400, 403, 404, 409],
    }),
    route.get(':id/participant-codes', 'listCodes', ASSESSMENTS_RPC.listParticipantCodes, {
      summary: 'Participant codes issued for the work (a school account sees its own)',
      params: { id: 'workId' },
      list: { sortable: PARTICIPANT_CODE_SORT_FIELDS, search: 'Part of the code' },
      personalData: true,
      problems: [400, 404],
    }),
  ],
});

/**
 * `/api/v1/works`: diagnostic works (blueprints and their versions), participant codes, protocol
 * templates. Written here, the routes HTTP does differently: a version by its number and the template
 * download; the rest is the route table.
 */
export class WorksController extends (WorkRoutes as Type<object>) {
  constructor(
    @Inject(ServiceClient) private readonly assessments: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {
    super(assessments);
  }

  @Get(':id/versions/:version')
  @RequirePermission(ASSESSMENTS_RPC.getWorkVersion.permission)
  @ApiOperation({ summary: 'One version of the blueprint, as published' })
  @ApiOkResponse({ type: WorkVersionView })
  @ApiProblemResponses(400, 404)
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1, maximum: MAX_INT4 } })
  getVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParsePositiveIntPipe) version: number,
    @CurrentActor() actor: Actor,
  ): Promise<WorkVersionView> {
    return this.assessments.request(ASSESSMENTS_RPC.getWorkVersion, { id, version }, actor);
  }

  @Get(':id/schools/:schoolId/template')
  @RequirePermission(ASSESSMENTS_RPC.exportProtocolTemplate.permission)
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download the XLSX protocol template of the work for a school',
    description:
      'Frozen header (participant code, class, one column per task with its maximum, total as a formula), the school’s issued codes ' +
      'pre-filled, data validation (scores 0..max, codes from the issued list) and a hidden sheet naming work, version and school.',
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'The workbook, as an attachment', schema: { type: 'string', format: 'binary' } })
  // 403 is documented by @RequirePermission.
  @ApiProblemResponses(400, 404, 409)
  async template(
    @Param('id', ParseUUIDPipe) workId: string,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.assessments.request(ASSESSMENTS_RPC.exportProtocolTemplate, { workId, schoolId }, actor);
    return this.files.send('assessments', download);
  }
}
