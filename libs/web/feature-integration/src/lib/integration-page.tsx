import { NotFound, useCan, useMe } from '@orbita/web/core';
import { MismatchReport } from './report/mismatch-report';
import { SyncCentre } from './sync/sync-centre';

/** `/integration`: the regional centre's sync screen, or a school coordinator's own school's report. */
export function IntegrationPage() {
  const can = useCan();
  const me = useMe();
  if (can('integration:manage')) return <SyncCentre />;
  if (me.schoolId) return <MismatchReport schoolId={me.schoolId} />;
  return <NotFound />;
}
