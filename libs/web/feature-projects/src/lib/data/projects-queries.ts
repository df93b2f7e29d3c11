import { api, type Schemas, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';

export type ProjectSeason = Schemas['ProjectSeason'];
export type ProjectStage = Schemas['ProjectStage'];
export type ProjectSection = Schemas['ProjectSection'];
export type ProjectWork = Schemas['ProjectWork'];
export type RubricVersion = Schemas['RubricVersion'];
export type RubricCriterion = Schemas['RubricCriterion'];
export type ExpertSheet = Schemas['ExpertSheet'];
export type SaveExpertSheet = Schemas['SaveExpertSheet'];
export type ExpertAssignment = Schemas['ExpertAssignment'];
export type ExpertAssignmentPlan = Schemas['ExpertAssignmentPlan'];
export type ProjectStageSummary = Schemas['ProjectStageSummary'];
export type ProjectWorkSummary = Schemas['ProjectWorkSummary'];
export type ProjectNomination = Schemas['ProjectNomination'];
export type ProjectNominationCandidates = Schemas['ProjectNominationCandidates'];
export type ProjectStageSettings = Schemas['ProjectStageSettings'];
export type DeclaredConflict = Schemas['DeclaredConflict'];

/** Everything of the projects service sits under one root key, so any change there refreshes it all. */
export const keys = {
  all: ['projects'] as const,
  seasons: ['projects', 'seasons'] as const,
  works: (query: object) => ['projects', 'works', query] as const,
  work: (id: string) => ['projects', 'works', id] as const,
  rubric: (stageId: string) => ['projects', 'stages', stageId, 'rubric'] as const,
  assignments: (stageId: string) => ['projects', 'stages', stageId, 'assignments'] as const,
  summary: (stageId: string) => ['projects', 'stages', stageId, 'summary'] as const,
  nominationCandidates: (stageId: string, schoolId: string | undefined) =>
    ['projects', 'stages', stageId, 'nomination-candidates', schoolId] as const,
  sheets: (workId: string, stageId: string) => ['projects', 'works', workId, 'stages', stageId, 'sheets'] as const,
  conflicts: (seasonId: string) => ['projects', 'seasons', seasonId, 'conflicts'] as const,
};

export function useSeasons() {
  return useQuery({ queryKey: keys.seasons, queryFn: () => unwrap(api.GET('/api/v1/project-seasons')) });
}

/** The stage with its season, found among the seasons (a stage has no read route of its own). */
export function useStage(stageId: string) {
  const seasons = useSeasons();
  const season = seasons.data?.find((candidate) => candidate.stages.some((stage) => stage.id === stageId));
  return { seasons, season, stage: season?.stages.find((stage) => stage.id === stageId) };
}

/**
 * The stage a work is judged at now: the season's first open one (the final takes only works nominated
 * once the school stage is closed), else its last.
 */
export function currentStage(season: ProjectSeason): ProjectStage | undefined {
  return season.stages.find((stage) => stage.status === 'open') ?? season.stages.at(-1);
}

/** Works of a season (a school account sees its school's, an expert those assigned to them); up to 200. */
export function useSeasonWorks(seasonId: string | undefined, query: { schoolId?: string; subjectArea?: string } = {}) {
  return useQuery({
    queryKey: keys.works({ seasonId, ...query }),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/project-works', {
            params: { query: { seasonId, ...query, pageSize: 200, sort: 'title' } },
          }),
        )
      ).items,
    enabled: !!seasonId,
  });
}

export function useRubric(stageId: string) {
  return useQuery({
    queryKey: keys.rubric(stageId),
    queryFn: () => unwrap(api.GET('/api/v1/project-stages/{stageId}/rubric', { params: { path: { stageId } } })),
    // A stage without a rubric yet answers 404: the editor starts empty.
    retry: false,
  });
}

export function useSheets(workId: string, stageId: string, enabled = true) {
  return useQuery({
    queryKey: keys.sheets(workId, stageId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/project-works/{id}/stages/{stageId}/sheets', { params: { path: { id: workId, stageId } } }),
      ),
    enabled,
  });
}

export function useAssignments(stageId: string) {
  return useQuery({
    queryKey: keys.assignments(stageId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/project-stages/{stageId}/assignments', { params: { path: { stageId } } })),
  });
}

export function useSummary(stageId: string) {
  return useQuery({
    queryKey: keys.summary(stageId),
    queryFn: () => unwrap(api.GET('/api/v1/project-stages/{stageId}/summary', { params: { path: { stageId } } })),
  });
}

/** A school's judged works of the closed school stage, to nominate from (a school account's own when no schoolId). */
export function useNominationCandidates(stageId: string, schoolId: string | undefined) {
  return useQuery({
    queryKey: keys.nominationCandidates(stageId, schoolId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/project-stages/{stageId}/nomination-candidates', {
          params: { path: { stageId }, query: { schoolId } },
        }),
      ),
  });
}

export function useConflicts(seasonId: string | undefined) {
  return useQuery({
    queryKey: keys.conflicts(seasonId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/project-seasons/{seasonId}/conflicts', { params: { path: { seasonId: seasonId as string } } }),
      ),
    enabled: !!seasonId,
  });
}

const REFERENCE = { staleTime: 10 * 60_000 };

/** The registry's experts (people with the expert role), by surname: sections are made of them. */
export function useExperts() {
  return useQuery({
    queryKey: ['projects', 'ref', 'experts'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/people', { params: { query: { role: 'expert', pageSize: 200, sort: 'surname' } } }),
        )
      ).items,
    ...REFERENCE,
  });
}

export function useSchools() {
  return useQuery({
    queryKey: ['projects', 'ref', 'schools'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/schools', { params: { query: { pageSize: 200, sort: 'shortName' } } }))).items,
    ...REFERENCE,
  });
}

export function useSubjects() {
  return useQuery({ queryKey: ['projects', 'ref', 'subjects'], queryFn: () => unwrap(api.GET('/api/v1/subjects')), ...REFERENCE });
}

/** Names for the ids the projects service answers with (it keeps no personal data): «…» until loaded. */
export function useNames(seasonId: string | undefined) {
  const experts = useExperts().data;
  const works = useSeasonWorks(seasonId).data;
  const schools = useSchools().data;
  return {
    expert: (id: string) => experts?.find((person) => person.id === id)?.fullName ?? '…',
    work: (id: string) => works?.find((work) => work.id === id)?.title ?? '…',
    school: (id: string) => schools?.find((school) => school.id === id)?.shortName ?? '…',
  };
}
