// Decides when `npm start` opens the playground instead of connecting to Discord, and when it must refuse.
type Env = Readonly<Record<string, string | undefined>>;

const isProduction = (env: Env) => env.NODE_ENV?.trim().toLowerCase() === 'production';

/** True when DISCORD_TOKEN is unset or blank and NODE_ENV is not `production`: a production deployment missing its token must fail as it always has. */
export function playgroundWanted(env: Env): boolean {
  return !env.DISCORD_TOKEN?.trim() && !isProduction(env);
}

/** The one-line reason startPlayground refuses to run (NODE_ENV=production), or undefined when it may run. */
export function productionRefusal(env: Env): string | undefined {
  return isProduction(env) ? 'The playground never runs with NODE_ENV=production: set DISCORD_TOKEN to connect to Discord.' : undefined;
}
