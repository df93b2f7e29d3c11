import { NotFound, useCan } from '@orbita/web/core';
import type { ReactNode } from 'react';

/** A screen for those holding the permission; the others see "not found", as the API answers them. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? <>{children}</> : <NotFound />;
}
