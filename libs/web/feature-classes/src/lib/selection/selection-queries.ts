import { api, type Schemas, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { fullName } from '../shared/format';
import { keys } from '../shared/queries';

export type Campaign = Schemas['Campaign'];
export type Candidate = Schemas['Candidate'];

/** Under the enrollment root key: an enrollment from a campaign refreshes the classes and students too. */
export const selectionKeys = {
  list: (query: object) => [...keys.all, 'selection', 'list', query] as const,
  campaign: (id: string) => [...keys.all, 'selection', id] as const,
};

export function useCampaign(id: string) {
  return useQuery({
    queryKey: selectionKeys.campaign(id),
    queryFn: () => unwrap(api.GET('/api/v1/selection-campaigns/{id}', { params: { path: { id } } })),
  });
}

/**
 * Names of a school's students by id, for the ranked list (candidates are ids: names stay in the
 * students' records). One page of up to 200, as the dialogs' lists.
 */
export function useStudentNames(schoolId: string) {
  const query = useQuery({
    queryKey: keys.studentList({ schoolId, pageSize: 200, sort: 'surname' }),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/students', { params: { query: { schoolId, pageSize: 200, sort: 'surname' } } }),
        )
      ).items,
  });
  const students = query.data ?? [];
  return {
    students,
    nameOf: (studentId: string) => {
      const student = students.find((each) => each.id === studentId);
      return student ? fullName(student) : undefined;
    },
  };
}

/** Where a candidate stands: recommended, at or above the threshold but over the quota, or below it. */
export type Standing = 'recommended' | 'overQuota' | 'belowThreshold' | 'unranked';

export function standingOf(candidate: Candidate): Standing {
  if (candidate.rank === null) return 'unranked';
  if (candidate.recommended) return 'recommended';
  return candidate.eligible ? 'overQuota' : 'belowThreshold';
}
