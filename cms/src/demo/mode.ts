/** Demo mode: `TEILHABE_DEMO=true`. Set by `npm start`, never in production. */
export const isDemoMode = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.TEILHABE_DEMO === 'true';
