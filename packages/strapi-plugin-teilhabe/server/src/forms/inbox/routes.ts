import type { AdminRoute } from '../../core/domain';
import { FORM_UIDS } from '../constants';
import { ACCESS_LOG_ACTION, adminPolicies, INBOX_ACTION } from './permissions';

/** Editors who may change forms choose their caseworkers. */
const EDIT_FORMS: [string, string] = ['plugin::content-manager.explorer.update', FORM_UIDS.form];

const route = (
  method: AdminRoute['method'],
  path: string,
  handler: string,
  action: string | [string, string] = INBOX_ACTION
): AdminRoute => ({
  method,
  path,
  handler: `forms-inbox.${handler}`,
  config: { policies: adminPolicies(action) },
});

/**
 * The inbox's admin routes under `/teilhabe/inbox`. Submissions are named
 * by their document id, never by reference: a reference in a URL would end
 * up in proxy and access logs.
 */
export const INBOX_ROUTES: AdminRoute[] = [
  route('GET', '/inbox/forms', 'forms'),
  route('GET', '/inbox/forms/:formId/submissions', 'list'),
  route('GET', '/inbox/forms/:formId/export', 'exportCsv'),
  route('GET', '/inbox/submissions/:id', 'read'),
  route('POST', '/inbox/submissions/:id/status', 'changeStatus'),
  route('POST', '/inbox/submissions/:id/notes', 'addNote'),
  route('POST', '/inbox/submissions/:id/comment', 'publishComment'),
  route('GET', '/inbox/files/:id', 'downloadFile'),
  route('GET', '/inbox/access-log', 'accessLog', ACCESS_LOG_ACTION),
  route('GET', '/inbox/caseworkers', 'caseworkers', EDIT_FORMS),
];
