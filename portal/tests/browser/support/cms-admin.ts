import { cmsOrigin } from './browser';

/** A plugin content type as the content manager names it. */
export type PluginUid = `plugin::teilhabe.${string}`;

/**
 * The CMS's admin API as an editor uses it through the admin panel (the
 * content manager's routes), logged in as the demo admin the global setup
 * created. Tests change content with it exactly as an editor would.
 */
export class CmsAdmin {
  private constructor(private readonly token: string) {}

  /**
   * Logs in as the demo admin (`POST /admin/login`).
   * @returns a client holding the admin JWT
   */
  static async login(): Promise<CmsAdmin> {
    const email = process.env.TEILHABE_DEMO_ADMIN_EMAIL;
    const password = process.env.TEILHABE_DEMO_ADMIN_PASSWORD;
    if (!email || !password) {
      throw new Error('the global setup passes the demo admin login; it is not set');
    }
    const response = await fetch(`${cmsOrigin()}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { data?: { token?: string } };
    if (!response.ok || !body.data?.token) {
      throw new Error(`admin login failed: HTTP ${response.status}`);
    }
    return new CmsAdmin(body.data.token);
  }

  private async request<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${cmsOrigin()}/content-manager/collection-types/${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : null) as T;
  }

  /**
   * Finds a document by one field.
   * @returns its document id
   */
  async findDocumentId(uid: PluginUid, field: string, value: string): Promise<string> {
    const query = new URLSearchParams({ [`filters[${field}][$eq]`]: value });
    const { results } = await this.request<{ results: Array<{ documentId: string }> }>(
      'GET',
      `${uid}?${query}`
    );
    const documentId = results[0]?.documentId;
    if (!documentId) {
      throw new Error(`no ${uid} with ${field} = ${value}`);
    }
    return documentId;
  }

  /**
   * The first document of a type in the content manager's list.
   * @returns its document id
   */
  async firstDocumentId(uid: PluginUid): Promise<string> {
    const { results } = await this.request<{ results: Array<{ documentId: string }> }>(
      'GET',
      `${uid}?page=1&pageSize=1`
    );
    const documentId = results[0]?.documentId;
    if (!documentId) {
      throw new Error(`no ${uid} at all`);
    }
    return documentId;
  }

  /**
   * A document as the admin panel reads it (the draft, where there are drafts).
   * @param locale the version of a localized type
   * @returns its fields
   */
  async document(
    uid: PluginUid,
    documentId: string,
    locale?: string
  ): Promise<Record<string, unknown>> {
    const { data } = await this.request<{ data: Record<string, unknown> }>(
      'GET',
      `${uid}/${documentId}${locale ? `?locale=${locale}` : ''}`
    );
    return data;
  }

  /**
   * Saves a new draft, as "Save" in the admin panel does.
   * @returns the new document's id
   */
  async createDraft(uid: PluginUid, locale: string, data: object): Promise<string> {
    const { data: created } = await this.request<{ data: { documentId: string } }>(
      'POST',
      `${uid}?locale=${locale}`,
      data
    );
    return created.documentId;
  }

  async publish(uid: PluginUid, documentId: string, locale: string): Promise<void> {
    await this.request('POST', `${uid}/${documentId}/actions/publish?locale=${locale}`, {});
  }

  async unpublish(uid: PluginUid, documentId: string, locale: string): Promise<void> {
    await this.request('POST', `${uid}/${documentId}/actions/unpublish?locale=${locale}`, {});
  }

  /** Deletes a document in every locale. */
  async delete(uid: PluginUid, documentId: string): Promise<void> {
    await this.request('DELETE', `${uid}/${documentId}?locale=*`);
  }
}
