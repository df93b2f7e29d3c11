import { Injectable } from '@nestjs/common';
import { SELECTION_RANKED_V1, type Page } from '@orbita/contracts';
import {
  EnrollmentErrorCode,
  type CampaignView,
  type CreateCampaignCommand,
  type EnrolledFromCampaignView,
  type EnrollFromCampaignCommand,
  type ListCampaignsQuery,
  type RecordCandidatesCommand,
} from '@orbita/enrollment/rpc';
import { findPage } from '@orbita/persistence';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { findClass } from '../classes/classes.service';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { campaignNotFound, FieldProblem, studentNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { DiagnosticWork, isTakenBy, ParticipantLink, ParticipantScore } from '../scores/scores.entity';
import { Student } from '../students/student.entity';
import { enrollIn, findOrder, findStudent } from '../students/students.service';
import { rankCandidates } from './ranking';
import { campaignView, SelectionCampaign, SelectionCandidate } from './selection.entity';

/**
 * Selection campaigns (отбор): candidates with their scores, the ranked list, and enrollment from it —
 * evidence-based: the basis, score, threshold and rank go onto each student's record.
 */
@Injectable()
export class SelectionService {
  constructor(private readonly store: EnrollmentStore) {}

  create(command: CreateCampaignCommand, schoolId: string): Promise<CampaignView> {
    return this.store.write(async (tx) => {
      const work =
        command.basis === 'work' && command.workId
          ? await tx.manager.findOneBy(DiagnosticWork, { workId: command.workId })
          : undefined;
      // A work the school does not take answers as an unknown one.
      if (work === null || (work && !isTakenBy(work, schoolId)))
        throw new FieldProblem(
          EnrollmentErrorCode.UNKNOWN_WORK,
          422,
          'workId',
          `There is no diagnostic work ${command.workId}`,
        );
      const campaign = await tx.manager.save(
        tx.manager.create(SelectionCampaign, {
          id: randomUUID(),
          schoolId,
          grade: command.grade,
          schoolYear: command.schoolYear,
          basis: command.basis,
          workId: command.basis === 'work' ? (command.workId ?? null) : null,
          threshold: command.threshold,
          quota: command.quota,
          rankedAt: null,
        }),
      );
      return campaignView(campaign, []);
    });
  }

  get(id: string, scope: SchoolScope): Promise<CampaignView> {
    return this.store.read(async (manager) => this.view(manager, await findCampaign(manager, id, scope)));
  }

  list(query: ListCampaignsQuery, scope: SchoolScope): Promise<Page<CampaignView>> {
    return this.store.read(async (manager) => {
      const builder = manager.createQueryBuilder(SelectionCampaign, 'campaign');
      if (scope !== null) builder.andWhere('campaign.schoolId = :scope', { scope });
      if (query.schoolId) builder.andWhere('campaign.schoolId = :schoolId', { schoolId: query.schoolId });
      if (query.schoolYear !== undefined)
        builder.andWhere('campaign.schoolYear = :schoolYear', { schoolYear: query.schoolYear });
      const page = await findPage(builder, query, {
        sortable: { schoolYear: 'campaign.schoolYear', grade: 'campaign.grade', id: 'campaign.id' },
        defaultSort: '-schoolYear,grade,id',
      });
      return {
        ...page,
        items: await Promise.all(page.items.map((campaign) => this.view(manager, campaign))),
      };
    });
  }

  /** The school's students as candidates: with their OGE scores, or (a work campaign) extra testing only. */
  recordCandidates(command: RecordCandidatesCommand, scope: SchoolScope): Promise<CampaignView> {
    return this.store.write(async (tx) => {
      const campaign = await findCampaign(tx.manager, command.campaignId, scope, true);
      const studentIds = command.candidates.map((candidate) => candidate.studentId);
      const students = await tx.manager.findBy(Student, { id: In(studentIds), schoolId: campaign.schoolId });
      const missing = studentIds.find((id) => !students.some((student) => student.id === id));
      if (missing) throw studentNotFound(missing);
      const links = campaign.workId
        ? await tx.manager.findBy(ParticipantLink, { workId: campaign.workId, studentId: In(studentIds) })
        : [];
      for (const [index, entry] of command.candidates.entries()) {
        if (campaign.basis === 'oge') {
          if (entry.score === undefined)
            throw new FieldProblem(
              EnrollmentErrorCode.NO_SCORE,
              400,
              `candidates[${index}].score`,
              'An OGE campaign needs each candidate’s OGE score',
            );
          await tx.manager.upsert(
            SelectionCandidate,
            {
              id: randomUUID(),
              campaignId: campaign.id,
              studentId: entry.studentId,
              participantCode: null,
              score: entry.score,
              extraScore: entry.extraScore ?? null,
              rank: null,
              eligible: false,
              recommended: false,
            },
            ['campaignId', 'studentId'],
          );
        } else {
          const link = links.find((candidate) => candidate.studentId === entry.studentId);
          const result =
            link &&
            (await tx.manager.findOneBy(ParticipantScore, {
              workId: link.workId,
              participantCode: link.participantCode,
            }));
          if (!link || !result)
            throw new FieldProblem(
              EnrollmentErrorCode.NO_SCORE,
              409,
              `candidates[${index}].studentId`,
              'The student has no result in the work yet: link them to their participant code of the work',
            );
          await tx.manager.upsert(
            SelectionCandidate,
            {
              id: randomUUID(),
              campaignId: campaign.id,
              studentId: entry.studentId,
              participantCode: link.participantCode,
              score: result.total,
              extraScore: entry.extraScore ?? null,
              rank: null,
              eligible: false,
              recommended: false,
            },
            ['campaignId', 'participantCode'],
          );
        }
      }
      return this.view(tx.manager, campaign);
    });
  }

  /** Ranks the candidates (a work campaign takes them from the work's scores at the school) and publishes the figures. */
  rank(id: string, scope: SchoolScope): Promise<CampaignView> {
    return this.store.write(async (tx) => {
      const campaign = await findCampaign(tx.manager, id, scope, true);
      if (campaign.workId) await this.takeWorkScores(tx.manager, campaign, campaign.workId);
      const candidates = await tx.manager.findBy(SelectionCandidate, { campaignId: campaign.id });
      for (const ranked of rankCandidates(candidates, campaign.threshold, campaign.quota))
        await tx.manager.update(
          SelectionCandidate,
          { id: ranked.id },
          { rank: ranked.rank, eligible: ranked.eligible, recommended: ranked.recommended },
        );
      campaign.rankedAt = new Date();
      await tx.manager.save(campaign);
      const view = await this.view(tx.manager, campaign);
      tx.publish(
        SELECTION_RANKED_V1,
        {
          campaignId: campaign.id,
          schoolId: campaign.schoolId,
          grade: campaign.grade,
          schoolYear: campaign.schoolYear,
          basis: campaign.basis,
          ...(campaign.workId && { workId: campaign.workId }),
          quota: campaign.quota,
          candidates: view.candidates.length,
          recommended: view.candidates.filter((candidate) => candidate.recommended).length,
        },
        { aggregateId: campaign.id },
      );
      return view;
    });
  }

  enroll(command: EnrollFromCampaignCommand, scope: SchoolScope): Promise<EnrolledFromCampaignView> {
    return this.store.write(async (tx) => {
      const campaign = await findCampaign(tx.manager, command.campaignId, scope);
      const target = await findClass(tx.manager, command.classId, scope);
      // Every record named resolves within the scope (404) before any rule of the campaign is weighed.
      await findOrder(tx.manager, command.orderId, scope);
      for (const studentId of command.studentIds ?? []) await findStudent(tx.manager, studentId, scope);
      if (
        target.schoolId !== campaign.schoolId ||
        target.grade !== campaign.grade ||
        target.schoolYear !== campaign.schoolYear
      )
        throw new FieldProblem(
          EnrollmentErrorCode.CAMPAIGN_MISMATCH,
          409,
          'classId',
          'The class must be of the campaign’s school, grade and school year',
        );
      if (!campaign.rankedAt)
        throw new FieldProblem(
          EnrollmentErrorCode.NOT_RECOMMENDED,
          409,
          'campaignId',
          'Rank the campaign first',
        );
      const recommended = (
        await tx.manager.findBy(SelectionCandidate, { campaignId: campaign.id, recommended: true })
      ).filter(
        (candidate): candidate is SelectionCandidate & { studentId: string } => candidate.studentId !== null,
      );
      const chosen = command.studentIds ?? recommended.map((candidate) => candidate.studentId);
      for (const [index, studentId] of chosen.entries()) {
        const candidate = recommended.find((each) => each.studentId === studentId);
        if (!candidate)
          throw new FieldProblem(
            EnrollmentErrorCode.NOT_RECOMMENDED,
            409,
            `studentIds[${index}]`,
            'The campaign does not recommend this student',
          );
        const basis = {
          kind: campaign.basis,
          score: candidate.score,
          threshold: campaign.threshold,
          rank: candidate.rank ?? undefined,
        };
        await enrollIn(
          tx,
          { studentId, classId: target.id, orderId: command.orderId, enrolledOn: command.enrolledOn, basis },
          scope,
        );
      }
      return { campaignId: campaign.id, enrolled: chosen };
    });
  }

  /** Candidates of a work campaign: every participant of the work at the school, with the student linked to the code if any. */
  private async takeWorkScores(
    manager: EntityManager,
    campaign: SelectionCampaign,
    workId: string,
  ): Promise<void> {
    const scores = await manager.findBy(ParticipantScore, { workId, schoolId: campaign.schoolId });
    const links = await manager.findBy(ParticipantLink, { workId });
    const existing = await manager.findBy(SelectionCandidate, { campaignId: campaign.id });
    await manager.delete(SelectionCandidate, { campaignId: campaign.id });
    if (scores.length === 0) return;
    await manager.insert(
      SelectionCandidate,
      scores.map((score) => ({
        id: randomUUID(),
        campaignId: campaign.id,
        participantCode: score.participantCode,
        studentId: links.find((link) => link.participantCode === score.participantCode)?.studentId ?? null,
        score: score.total,
        extraScore:
          existing.find((candidate) => candidate.participantCode === score.participantCode)?.extraScore ??
          null,
        rank: null,
        eligible: false,
        recommended: false,
      })),
    );
  }

  private async view(manager: EntityManager, campaign: SelectionCampaign): Promise<CampaignView> {
    return campaignView(campaign, await manager.findBy(SelectionCandidate, { campaignId: campaign.id }));
  }
}

async function findCampaign(
  manager: EntityManager,
  id: string,
  scope: SchoolScope,
  forUpdate = false,
): Promise<SelectionCampaign> {
  const campaign = await manager.findOne(SelectionCampaign, {
    where: { id },
    ...(forUpdate && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!campaign || !withinScope(scope, campaign.schoolId)) throw campaignNotFound(id);
  return campaign;
}
