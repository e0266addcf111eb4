/** Fixed interface: CMS on 1337, portal on 3000 (127.0.0.1). */
export const CMS_PORT = 1337;
export const PORTAL_PORT = 3000;
/** The demo page of the city's website that embeds the portal, on another site (localhost). */
export const DEMO_HOST_PORT = 3001;
/** Must match cms/src/demo/admin-user.ts. */
export const DEMO_ADMIN_EMAIL = 'admin@teilhabe.example';
/** Demo caseworkers (role "Sachbearbeitung"), same password; see cms/src/demo/caseworkers.ts. */
export const DEMO_CASEWORKER_EMAILS = [
  'kita@teilhabe.example',
  'antidiskriminierung@teilhabe.example',
  'integration@teilhabe.example',
];
