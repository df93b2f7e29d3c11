import { Injectable } from '@nestjs/common';
import { XLSX_MEDIA_TYPE, type StageKind, type TransferFileView } from '@orbita/contracts';
import {
  summaryProtocolDocx,
  summaryProtocolXlsx,
  type SummaryProtocolInput,
} from '@orbita/projects/protocol-documents';
import { ProjectsErrorCode, type ExportSummaryProtocolRequest } from '@orbita/projects/rpc';
import { Transfers } from '@orbita/service-host';
import { In } from 'typeorm';
import { StageSummaryService } from '../judging/stage-summary.service';
import { Season, Section, Stage } from '../seasons/season.entity';
import { FieldProblem } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { Work } from '../works/work.entity';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const STAGE_TITLES: Record<StageKind, string> = {
  school: 'Школьный этап (предзащита)',
  final: 'Заключительный этап',
};

/** What Windows refuses in a file name. */
const fileName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');

/**
 * The summary protocol of a stage (optionally of one section) as a file in the transfer bucket: the stage
 * summary, the works' titles and the sections' names from this service, the schools', experts' and
 * authors' names as the gateway read them from the registry and enrollment.
 */
@Injectable()
export class SummaryProtocolService {
  constructor(
    private readonly store: ProjectsStore,
    private readonly summaries: StageSummaryService,
    private readonly transfers: Transfers,
  ) {}

  async export(request: ExportSummaryProtocolRequest): Promise<TransferFileView> {
    const summary = await this.summaries.summary(request.stageId);
    const { stage, season, sections, works } = await this.store.read(async (manager) => {
      const stage = (await manager.findOneBy(Stage, { id: request.stageId })) as Stage;
      const workIds = summary.works.map((work) => work.workId);
      return {
        stage,
        season: (await manager.findOneBy(Season, { id: stage.seasonId })) as Season,
        sections: await manager.find(Section, {
          where: { seasonId: stage.seasonId },
          order: { title: 'ASC' },
        }),
        works: workIds.length > 0 ? await manager.findBy(Work, { id: In(workIds) }) : [],
      };
    });
    const printed = request.sectionId
      ? sections.filter((section) => section.id === request.sectionId)
      : sections;
    if (request.sectionId && printed.length === 0)
      throw new FieldProblem(
        ProjectsErrorCode.SECTION_NOT_FOUND,
        404,
        'sectionId',
        `The stage's season has no section ${request.sectionId}`,
      );

    const stageTitle = `${STAGE_TITLES[stage.kind]}, ${season.schoolYear}/${season.schoolYear + 1} учебный год`;
    const input: SummaryProtocolInput = {
      // Until the stage closes, sheets may still be reopened: the protocol says its results may change.
      stageTitle: stage.status === 'closed' ? stageTitle : `${stageTitle} (предварительный: этап не закрыт)`,
      summary,
      sections: printed,
      works: new Map(
        works.map((work) => [
          work.id,
          { title: work.title, schoolId: work.schoolId, authors: work.authorIds },
        ]),
      ),
      schoolNames: new Map(request.schoolNames.map(({ id, name }) => [id, name])),
      expertNames: new Map(request.expertNames.map(({ id, name }) => [id, name])),
      // Children's names are personal data enrollment keeps: used for this file only, never stored or sent on.
      authorNames: new Map(request.authorNames.map(({ id, name }) => [id, name])),
    };
    const content =
      request.format === 'xlsx' ? await summaryProtocolXlsx(input) : await summaryProtocolDocx(input);
    const { name, size } = await (await this.transfers.bucket()).put(content);
    const section = request.sectionId ? `, ${printed[0].title}` : '';
    return {
      objectName: name,
      fileName: fileName(`Сводный протокол, ${stageTitle}${section}.${request.format}`),
      contentType: request.format === 'xlsx' ? XLSX_MEDIA_TYPE : DOCX_MEDIA_TYPE,
      size,
    };
  }
}
