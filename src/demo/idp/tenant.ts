/** The `{tenant}` path segment: `common`, `organizations`, the demo tenant's id or its domain. */
import { DEMO_TENANT_ID, isDemoTenant } from '../users';

export type TenantSegment = { kind: 'multi'; name: 'common' | 'organizations' } | { kind: 'tenant'; tid: string };

export function resolveTenant(segment: string): TenantSegment | undefined {
  const s = segment.toLowerCase();
  if (s === 'common' || s === 'organizations') return { kind: 'multi', name: s };
  if (isDemoTenant(s)) return { kind: 'tenant', tid: DEMO_TENANT_ID };
  return undefined;
}
