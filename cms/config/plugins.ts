import type { Core } from '@strapi/strapi';

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
