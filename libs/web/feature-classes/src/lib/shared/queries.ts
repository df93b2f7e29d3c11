import { api, type Schemas, unwrap, useCan } from '@orbita/web/core';

import { useQuery } from '@tanstack/react-query';

export type ProgrammeClass = Schemas['ProgrammeClass'];
export type Student = Schemas['Student'];
export type Membership = Schemas['Membership'];
export type EnrollmentOrder = Schemas['EnrollmentOrder'];
export type ClassTeacher = Schemas['ClassTeacher'];

/** Everything of enrollment sits under one root key, so any enrollment change refreshes it all. */
export const keys = {
  all: ['enrollment'] as const,
  classList: (query: object) => ['enrollment', 'classes', 'list', query] as const,
  classOptions: (query: object) => ['enrollment', 'classes', 'options', query] as const,
  programmeClass: (id: string) => ['enrollment', 'classes', id] as const,
  studentList: (query: object) => ['enrollment', 'students', 'list', query] as const,
  student: (id: string) => ['enrollment', 'students', id] as const,
  trajectory: (id: string) => ['enrollment', 'students', id, 'trajectory'] as const,
  orders: ['enrollment', 'orders'] as const,
  schoolOrders: (schoolId: string) => ['enrollment', 'orders', schoolId] as const,
  subjects: ['enrollment', 'subjects'] as const,
  schools: ['enrollment', 'ref', 'schools'] as const,
  programmes: ['enrollment', 'ref', 'programmes'] as const,
  people: (schoolId: string) => ['enrollment', 'ref', 'people', schoolId] as const,
  works: ['enrollment', 'ref', 'works'] as const,
};

const REFERENCE = { staleTime: 10 * 60_000 };

export function useSubjects() {
  return useQuery({
    queryKey: keys.subjects,
    queryFn: () => unwrap(api.GET('/api/v1/subjects')),
    ...REFERENCE,
  });
}

/** The region's schools, by short name (a school account sees them too: names only). */
export function useSchools() {
  const can = useCan();
  return useQuery({
    queryKey: keys.schools,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/schools', { params: { query: { pageSize: 200, sort: 'shortName' } } }),
      );
      return page.items;
    },
    enabled: can('schools:read'),
    ...REFERENCE,
  });
}

export function useSchoolName(): (schoolId: string) => string {
  const schools = useSchools().data;
  return (schoolId) => schools?.find((school) => school.id === schoolId)?.shortName ?? '…';
}

export function useProgrammes() {
  const can = useCan();
  return useQuery({
    queryKey: keys.programmes,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/programmes', { params: { query: { pageSize: 200 } } }))).items,
    enabled: can('programmes:read'),
    ...REFERENCE,
  });
}

export function useProgrammeName(): (code: string) => string {
  const programmes = useProgrammes().data;
  return (code) => programmes?.find((programme) => programme.code === code)?.shortName ?? code;
}

/** People of a school (teachers of its classes among them); empty without people:read. */
export function useSchoolPeople(schoolId: string | undefined) {
  const can = useCan();
  return useQuery({
    queryKey: keys.people(schoolId ?? ''),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/people', {
            params: { query: { organisationId: schoolId as string, pageSize: 200, sort: 'surname' } },
          }),
        )
      ).items,
    enabled: !!schoolId && can('people:read'),
    ...REFERENCE,
  });
}

/** Enrollment orders of one school, newest first (a dialog offers up to 200). */
export function useSchoolOrders(schoolId: string | undefined) {
  const query = useQuery({
    queryKey: keys.schoolOrders(schoolId ?? ''),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/enrollment-orders', { params: { query: { schoolId, pageSize: 200, sort: '-date' } } }),
        )
      ).items,
    enabled: !!schoolId,
  });
  return { ...query, orders: query.data ?? [] };
}

/** Classes to choose from in a dialog (enroll, transfer): one page of up to 200. */
export function useClassOptions(query: { schoolId?: string; schoolYear?: number }, enabled = true) {
  return useQuery({
    queryKey: keys.classOptions(query),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/classes', { params: { query: { ...query, pageSize: 200 } } }))).items,
    enabled,
  });
}

/** Diagnostic works, newest first: one page of up to 200. */
export function useWorks() {
  return useQuery({
    queryKey: keys.works,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/works', { params: { query: { pageSize: 200, sort: '-windowFrom' } } })))
        .items,
  });
}
