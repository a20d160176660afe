/**
 * Upnext's Microsoft Entra app registration as a Microsoft Graph `application` object: what
 * docs/SETUP.md §1 used to click through, as data. `npm run register:entra` prints it or applies it.
 */

/** Microsoft Graph's own app id, and the ids of the delegated permissions Upnext asks for. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_DELEGATED = {
  'Calendars.Read': '465a38f9-76ea-45b9-9f34-9e8b0d4b0b42',
  // The mailbox's time zone, so the pane can say when the list's zone is not the calendar's.
  'MailboxSettings.Read': '87f447af-9fa4-4c32-9dfa-4a57a73d18ce',
  offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
  openid: '37f7f235-527c-4136-accd-4a02d197296e',
  profile: '14dad69e-099b-42c9-810b-d002981feec1',
} as const;

/**
 * Office and Teams clients pre-authorised for `access_as_user`, so they get a token for Upnext
 * without asking (Microsoft's lists in "Register an Office Add-in that uses SSO" and "Configure
 * your tab app in Microsoft Entra ID"; SETUP.md shows the same table).
 */
export const PREAUTHORIZED_CLIENTS: ReadonlyArray<{ appId: string; client: string }> = [
  { appId: 'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e', client: 'All Microsoft Office application endpoints' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', client: 'Microsoft Office, Outlook desktop, Microsoft 365 mobile' },
  { appId: '93d53678-613d-4013-afc1-62e9e444a0a5', client: 'Office on the web' },
  { appId: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', client: 'Outlook on the web' },
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', client: 'Teams desktop and mobile' },
  { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', client: 'Teams on the web' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', client: 'Microsoft 365 app on the web' },
  { appId: '0ec893e0-5785-4de6-99da-4ed124e5296c', client: 'Microsoft 365 app on the desktop' },
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', client: 'Outlook mobile' },
];

// Fixed ids: re-running the command updates the same scope and role instead of adding new ones.
export const ACCESS_AS_USER_SCOPE_ID = '6f0b1c5a-2d3e-4f71-9a8b-0c1d2e3f4a5b';
export const ADMIN_ROLE_ID = '1d9e2f3a-4b5c-4d6e-8f70-a1b2c3d4e5f6';
export const ADMIN_ROLE = 'Upnext.Admin';

export interface RegistrationInputs {
  /** `https://<host>`: pages, redirect URIs and the Application ID URI derive from it. */
  publicUrl: string;
  /** The registration's Application (client) ID once it exists; the Application ID URI needs it. */
  clientId?: string;
  /** Accounts of any organisation (then list their tenants in ALLOWED_TENANTS), else this one only. */
  multiTenant: boolean;
  displayName: string;
}

/** Placeholder for the client id in the Application ID URI before the registration exists. */
export const CLIENT_ID_PLACEHOLDER = '{appId}';

export function applicationIdUri(publicUrl: string, clientId: string): string {
  return `api://${new URL(publicUrl).host}/${clientId}`;
}

/** Ids an existing registration already gives its scope and role (Graph refuses to swap an enabled scope's id). */
export interface ExistingIds {
  scopeId?: string;
  roleId?: string;
}

/** The `application` JSON (Graph v1.0), complete once the client id is known. */
export function entraApplication(inputs: RegistrationInputs, existing: ExistingIds = {}): Record<string, unknown> {
  const host = new URL(inputs.publicUrl).host;
  const scope = {
    id: existing.scopeId ?? ACCESS_AS_USER_SCOPE_ID,
    value: 'access_as_user',
    type: 'User',
    isEnabled: true,
    adminConsentDisplayName: 'Use Upnext as the signed-in user',
    adminConsentDescription: 'Lets Outlook, Teams and the browser sign the user in to Upnext, which reads their calendar on their behalf.',
    userConsentDisplayName: 'Use Upnext as you',
    userConsentDescription: 'Lets Outlook and Teams sign you in to Upnext.',
  };
  return {
    displayName: inputs.displayName,
    signInAudience: inputs.multiTenant ? 'AzureADMultipleOrgs' : 'AzureADMyOrg',
    // Office single sign-on requires exactly api://<host of the add-in's pages>/<client id>.
    identifierUris: [applicationIdUri(inputs.publicUrl, inputs.clientId ?? CLIENT_ID_PLACEHOLDER)],
    // The `groups` claim feeds the admin console's audiences (Entra group ids).
    groupMembershipClaims: 'SecurityGroup',
    api: {
      requestedAccessTokenVersion: 2,
      oauth2PermissionScopes: [scope],
      preAuthorizedApplications: PREAUTHORIZED_CLIENTS.map((c) => ({ appId: c.appId, delegatedPermissionIds: [scope.id] })),
    },
    appRoles: [
      {
        id: existing.roleId ?? ADMIN_ROLE_ID,
        value: ADMIN_ROLE,
        displayName: 'Upnext admin',
        description: 'Manages Upnext for the organisation',
        allowedMemberTypes: ['User'],
        isEnabled: true,
      },
    ],
    spa: {
      // Sign-in in a plain browser, the sign-in dialog and the admin console; nested app authentication in Outlook, Teams and the Microsoft 365 app.
      redirectUris: [`${inputs.publicUrl}/taskpane.html`, `${inputs.publicUrl}/console.html`, `brk-multihub://${host}`],
    },
    web: {
      // The Connect consent popup and the admin-consent link land here; the server redeems the code with its secret.
      redirectUris: [`${inputs.publicUrl}/auth-end.html`],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
    },
    requiredResourceAccess: [
      {
        resourceAppId: MICROSOFT_GRAPH_APP_ID,
        resourceAccess: Object.values(GRAPH_DELEGATED).map((id) => ({ id, type: 'Scope' })),
      },
    ],
  };
}
