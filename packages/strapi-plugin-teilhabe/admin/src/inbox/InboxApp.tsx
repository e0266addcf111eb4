import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { AccessLogPage } from './AccessLogPage';
import { FormsPage } from './FormsPage';
import { SubmissionPage } from './SubmissionPage';
import { SubmissionsPage } from './SubmissionsPage';
import { ACCESS_LOG_PERMISSIONS, INBOX_PERMISSIONS } from './permissions';

/** The inbox's pages by route, each with the permission it needs. */
const PAGES = [
  { path: '', permissions: INBOX_PERMISSIONS, Component: FormsPage },
  { path: 'zugriffsprotokoll', permissions: ACCESS_LOG_PERMISSIONS, Component: AccessLogPage },
  { path: ':formId', permissions: INBOX_PERMISSIONS, Component: SubmissionsPage },
  { path: ':formId/:id', permissions: INBOX_PERMISSIONS, Component: SubmissionPage },
];

/**
 * The caseworkers' inbox under `/admin/plugins/teilhabe`: the assigned
 * forms, a form's submissions, one submission; and the access log for
 * administrators. Each page is protected by its permission; the server
 * checks the permission and the assignment again.
 */
const InboxApp = () => (
  <Routes>
    {PAGES.map(({ path, permissions, Component }) => (
      <Route
        key={path}
        {...(path ? { path } : { index: true })}
        element={
          <Page.Protect permissions={permissions}>
            <Component />
          </Page.Protect>
        }
      />
    ))}
  </Routes>
);

export default InboxApp;
