import { useSchoolNames, useStudios } from '../data/studios-queries';

/** A studio of the cycle as people know it: its school and theme (standings carry ids only). */
export function useStudioNames(cycleId: string): (studioId: string) => { school: string; theme: string } {
  const studios = useStudios(cycleId).data ?? [];
  const schoolName = useSchoolNames();
  return (studioId) => {
    const studio = studios.find((candidate) => candidate.id === studioId);
    return studio ? { school: schoolName(studio.schoolId), theme: studio.theme } : { school: '…', theme: '' };
  };
}
