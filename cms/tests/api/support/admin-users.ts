import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

/** An admin user signed in over HTTP, as the admin panel is. */
export interface SignedInAdmin {
  id: number;
  get(path: string): request.Test;
  post(path: string, body: object): request.Test;
}

/**
 * Creates an admin role with the given permissions: actions, or actions
 * with their subject (a content type's UID).
 * @returns the role's id
 */
export const createAdminRole = async (
  strapi: Core.Strapi,
  name: string,
  actions: ReadonlyArray<string | readonly [string, string]>
): Promise<number> => {
  const role = (await strapi.service('admin::role').create({
    name,
    code: `test-${randomBytes(4).toString('hex')}`,
    description: name,
  })) as { id: number };
  if (actions.length > 0) {
    await strapi.service('admin::permission').createMany(
      actions.map((entry) => ({
        action: typeof entry === 'string' ? entry : entry[0],
        subject: typeof entry === 'string' ? null : entry[1],
        properties: {},
        conditions: [],
        role: role.id,
      }))
    );
  }
  return role.id;
};

/**
 * Creates an active admin user with one role and signs them in through
 * `POST /admin/login`.
 * @param roleId the user's role
 * @param lastname shown in notes and the access log
 */
export const signInNewAdmin = async (
  strapi: Core.Strapi,
  roleId: number,
  lastname: string
): Promise<SignedInAdmin> => {
  const email = `${lastname.toLowerCase().replace(/[^a-z]/g, '')}-${randomBytes(3).toString('hex')}@example.org`;
  const password = `Test-${randomBytes(9).toString('base64url')}1a`;
  const user = (await strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname,
    password,
    isActive: true,
    roles: [roleId],
  })) as { id: number };
  const server = strapi.server.httpServer;
  const login = await request(server)
    .post('/admin/login')
    .set('content-type', 'application/json')
    .send({ email, password });
  const token = (login.body as { data?: { token?: string } }).data?.token;
  if (login.status !== 200 || !token) {
    throw new Error(`admin login failed: HTTP ${login.status}`);
  }
  return {
    id: user.id,
    get: (path) => request(server).get(path).set('authorization', `Bearer ${token}`),
    post: (path, body) =>
      request(server)
        .post(path)
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(body),
  };
};

/** The people of the inbox's tests: two caseworkers, an editor of forms, an auditor. */
export interface InboxPeople {
  kita: SignedInAdmin;
  other: SignedInAdmin;
  editor: SignedInAdmin;
  auditor: SignedInAdmin;
}

/**
 * Creates the roles "Sachbearbeitung" (inbox), "Redaktion" (edit forms) and
 * "Datenschutz" (access log) and signs in two caseworkers, an editor and an
 * auditor.
 * @param suffix tells this test's roles apart, e.g. `Test`
 */
export const signInInboxPeople = async (
  strapi: Core.Strapi,
  suffix: string
): Promise<InboxPeople> => {
  const caseworkers = await createAdminRole(strapi, `Sachbearbeitung (${suffix})`, [
    'plugin::teilhabe.inbox.read',
  ]);
  const editors = await createAdminRole(strapi, `Redaktion (${suffix})`, [
    ['plugin::content-manager.explorer.update', 'plugin::teilhabe.form'],
  ]);
  const auditors = await createAdminRole(strapi, `Datenschutz (${suffix})`, [
    'plugin::teilhabe.access-log.read',
  ]);
  return {
    kita: await signInNewAdmin(strapi, caseworkers, 'Kita'),
    other: await signInNewAdmin(strapi, caseworkers, 'Andere'),
    editor: await signInNewAdmin(strapi, editors, 'Redaktion'),
    auditor: await signInNewAdmin(strapi, auditors, 'Datenschutz'),
  };
};
