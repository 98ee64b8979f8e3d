/**
 * Optional allowlists, one per platform: which workspaces or servers may use the bot. A
 * platform without a list (or with an empty one) allows everyone. With a list set, a
 * request from anywhere else — including one that belongs to no workspace or server, such
 * as a Discord DM — gets a refusal and no résumé data.
 */
import type { Tenant } from '../model/request.js';

/** Allowed tenant ids by platform name. */
export type AccessPolicy = Readonly<Record<string, readonly string[]>>;

export const openAccess: AccessPolicy = {};

export function isAllowed(policy: AccessPolicy, tenant: Tenant): boolean {
  const list = Object.hasOwn(policy, tenant.platform) ? policy[tenant.platform]! : [];
  if (list.length === 0) return true;
  if (tenant.userTenantId !== undefined && !list.includes(tenant.userTenantId)) return false;
  return tenant.tenantId !== undefined && list.includes(tenant.tenantId);
}
