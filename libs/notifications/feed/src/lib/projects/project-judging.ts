import { Injectable } from '@nestjs/common';
import {
  EXPERT_ASSIGNED_V1,
  SHEET_SUBMITTED_V1,
  STAGE_CLOSED_V1,
  type ExpertAssignedV1,
  type SheetSubmittedV1,
  type StageClosedV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { DIRECTORY_CONSUMER } from '../event-consumers';

/**
 * What the projects' notifications need to know of the judging, kept from its events by the `directory`
 * consumer: each expert's assignments and whether their sheet is in (the reminder before a stage ends),
 * the schools whose works a stage judged (whom its results concern), and which stages are closed. Every
 * write is idempotent, and a sheet submitted before its assignment is heard of keeps its `submitted`.
 */
@Injectable()
export class ProjectJudging {
  @OnEvent(EXPERT_ASSIGNED_V1, DIRECTORY_CONSUMER)
  async expertAssigned(event: ExpertAssignedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO project_assignments (stage_id, work_id, expert_person_id, stage_kind, stage_ends_on)
       SELECT $1, work_id, $3, $4, $5 FROM unnest($2::uuid[]) AS works (work_id)
       ON CONFLICT (stage_id, work_id, expert_person_id) DO UPDATE SET
         stage_kind = EXCLUDED.stage_kind, stage_ends_on = EXCLUDED.stage_ends_on`,
      [event.stageId, event.workIds, event.expertPersonId, event.stageKind, event.stageEndsOn],
    );
  }

  @OnEvent(SHEET_SUBMITTED_V1, DIRECTORY_CONSUMER)
  async sheetSubmitted(event: SheetSubmittedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO project_assignments (stage_id, work_id, expert_person_id, submitted) VALUES ($1, $2, $3, true)
       ON CONFLICT (stage_id, work_id, expert_person_id) DO UPDATE SET submitted = true`,
      [event.stageId, event.workId, event.expertPersonId],
    );
    await manager.query(
      `INSERT INTO project_judged_works (stage_id, work_id, school_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [event.stageId, event.workId, event.schoolId],
    );
  }

  @OnEvent(STAGE_CLOSED_V1, DIRECTORY_CONSUMER)
  async stageClosed(event: StageClosedV1, { manager }: EventContext) {
    await manager.query('INSERT INTO project_closed_stages (stage_id) VALUES ($1) ON CONFLICT DO NOTHING', [
      event.stageId,
    ]);
  }
}
