import type { Core } from '@strapi/types';
import { INBOX_ACTION } from './permissions';
import type { CaseworkerCandidate } from './types';

/**
 * The admin users an editor can assign to a form: active users of the roles
 * that hold the inbox permission, by name (no e-mail addresses: editors do
 * not need them). Administrators decide who holds the permission.
 * @param strapi the Strapi instance
 */
export const caseworkerCandidates = async (strapi: Core.Strapi): Promise<CaseworkerCandidate[]> => {
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { action: INBOX_ACTION },
    populate: ['role'],
  })) as Array<{ role: { id: number; name: string } | null }>;
  const roles = new Map(
    permissions.flatMap((permission) =>
      permission.role ? [[permission.role.id, permission.role.name]] : []
    )
  );
  if (roles.size === 0) {
    return [];
  }
  const users = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, roles: { id: { $in: [...roles.keys()] } } },
    select: ['id', 'firstname', 'lastname', 'username'],
    populate: { roles: { select: ['id'] } },
  })) as Array<{
    id: number;
    firstname?: string | null;
    lastname?: string | null;
    username?: string | null;
    roles: Array<{ id: number }>;
  }>;
  return users
    .map((user) => ({
      id: user.id,
      name:
        [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || `#${user.id}`,
      role: user.roles.map((role) => roles.get(role.id)).find(Boolean) ?? '',
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
};
