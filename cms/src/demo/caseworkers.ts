import type { Core } from '@strapi/strapi';

/** The admin role of caseworkers: they read the submissions of the forms they are assigned to. */
export const CASEWORKER_ROLE = { name: 'Sachbearbeitung', code: 'teilhabe-caseworker' };

/** The demo caseworkers, by the forms they handle; the password is the demo admin's. */
export const DEMO_CASEWORKERS = [
  {
    email: 'kita@teilhabe.example',
    firstname: 'Demo',
    lastname: 'Kita-Verwaltung',
    forms: ['kita-anmeldung'],
  },
  {
    email: 'antidiskriminierung@teilhabe.example',
    firstname: 'Demo',
    lastname: 'Antidiskriminierungsstelle',
    forms: ['diskriminierung-melden', 'workshop-feedback'],
  },
  {
    email: 'integration@teilhabe.example',
    firstname: 'Demo',
    lastname: 'Integrationsbüro',
    forms: ['sprachkurs-interesse', 'beratung-termin', 'rueckmeldung-integrationskonzept'],
  },
] as const;

interface AdminRole {
  id: number;
}
interface RoleService {
  findOne(params: object): Promise<AdminRole | null>;
  create(attributes: object): Promise<AdminRole>;
}
interface UserService {
  exists(attributes: object): Promise<boolean>;
  create(attributes: object): Promise<{ id: number }>;
}

/** The admin permission of the caseworkers' inbox (`forms/inbox/permissions.ts` in the plugin). */
const INBOX_ACTION = 'plugin::teilhabe.inbox.read';

/** Gives the role the inbox permission unless it has it already. */
const grantInbox = async (strapi: Core.Strapi, roleId: number): Promise<void> => {
  const permissions = strapi.service('admin::permission') as unknown as {
    findMany(params: object): Promise<unknown[]>;
    createMany(permissions: object[]): Promise<unknown>;
  };
  const held = await permissions.findMany({ where: { role: roleId, action: INBOX_ACTION } });
  if (held.length === 0) {
    await permissions.createMany([
      { action: INBOX_ACTION, subject: null, properties: {}, conditions: [], role: roleId },
    ]);
  }
};

/**
 * Creates the "Sachbearbeitung" role with the inbox permission and the demo caseworkers once, with
 * the demo admin's password (`TEILHABE_DEMO_ADMIN_PASSWORD`, never logged).
 * @param strapi the bootstrapped Strapi instance
 * @returns the admin user id of each demo caseworker, by e-mail
 */
export const ensureDemoCaseworkers = async (strapi: Core.Strapi): Promise<Map<string, number>> => {
  const ids = new Map<string, number>();
  const password = process.env.TEILHABE_DEMO_ADMIN_PASSWORD;
  if (!password) {
    return ids;
  }
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const role =
    (await roles.findOne({ code: CASEWORKER_ROLE.code })) ??
    (await roles.create({
      ...CASEWORKER_ROLE,
      description: 'Liest und bearbeitet die Anträge der Formulare, denen sie zugeordnet ist.',
    }));
  await grantInbox(strapi, role.id);
  const users = strapi.service('admin::user') as unknown as UserService;
  for (const caseworker of DEMO_CASEWORKERS) {
    const existing = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: caseworker.email }, select: ['id'] })) as { id: number } | null;
    const user =
      existing ??
      (await users.create({
        email: caseworker.email,
        firstname: caseworker.firstname,
        lastname: caseworker.lastname,
        password,
        isActive: true,
        roles: [role.id],
        preferedLanguage: 'de',
      }));
    ids.set(caseworker.email, user.id);
  }
  return ids;
};
