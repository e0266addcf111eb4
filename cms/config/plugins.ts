import type { Core } from '@strapi/strapi';

/**
 * Strapi's email plugin with the nodemailer provider, from `SMTP_*`. Without
 * `SMTP_HOST`, mail goes nowhere: nodemailer's JSON transport builds each
 * message and hands it to no one, so neither the forms' notifications (which
 * are off then, see the plugin's `forms/notifications/`) nor Strapi's own
 * mails leave the machine, and nothing fails.
 */
const emailConfig = (env: Core.Config.Shared.ConfigParams['env']) => {
  const host = env('SMTP_HOST', '');
  const user = env('SMTP_USERNAME', '');
  const replyTo = env('SMTP_REPLY_TO', '');
  return {
    provider: 'nodemailer',
    providerOptions: host
      ? {
          host,
          port: env.int('SMTP_PORT', 587),
          // true for SMTPS (usually port 465); otherwise STARTTLS when the server offers it.
          secure: env.bool('SMTP_SECURE', false),
          ...(user ? { auth: { user, pass: env('SMTP_PASSWORD', '') } } : {}),
          // A mail server that does not answer must not keep sends waiting for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        }
      : { jsonTransport: true },
    settings: {
      defaultFrom: env('SMTP_FROM', ''),
      ...(replyTo ? { defaultReplyTo: replyTo } : {}),
    },
  };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  // Introspection and the schema's shape in errors only while developing (`strapi develop`).
  const development = env('NODE_ENV') === 'development';
  // Tests load a copy of the plugin from elsewhere; normally it resolves by package name.
  const pluginPath = env('TEILHABE_PLUGIN_PATH', '');
  return {
    teilhabe: { enabled: true, ...(pluginPath ? { resolve: pluginPath } : {}) },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Bounds for any public query: nesting depth and page size.
        depthLimit: 8,
        defaultLimit: 25,
        maxLimit: 100,
        // The sandbox loads assets from a third party: only on explicit request.
        landingPage: env.bool('GRAPHQL_LANDING_PAGE', false),
        generateArtifacts: env.bool('GRAPHQL_ARTIFACTS', false),
        artifacts: {
          schema: env('GRAPHQL_SCHEMA_FILE', false),
          typegen: false,
        },
        apolloServer: {
          introspection: development || env.bool('GRAPHQL_INTROSPECTION', false),
        },
      },
    },
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: { httpOnly: true },
      },
    },
    email: { config: emailConfig(env) },
    upload: {
      config: {
        security: {
          deniedTypes: ['image/svg+xml', 'text/html', 'application/x-sh'],
        },
      },
    },
  };
};

export default config;
