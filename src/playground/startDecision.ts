// Decides when `npm start` opens the playground instead of connecting to Discord, and when it must refuse.
type Env = Readonly<Record<string, string | undefined>>;

const isProduction = (env: Env) => env.NODE_ENV?.trim().toLowerCase() === 'production';

/** True when DISCORD_TOKEN is unset or blank and NODE_ENV is not `production`: a production deployment missing its token must fail as it
 * always has. */
export function playgroundWanted(env: Env): boolean {
  return !env.DISCORD_TOKEN?.trim() && !isProduction(env);
}

/** The one-line reason startPlayground refuses to run (NODE_ENV=production), or undefined when it may run. */
export function productionRefusal(env: Env): string | undefined {
  return isProduction(env) ? 'The playground never runs with NODE_ENV=production: set DISCORD_TOKEN to connect to Discord.' : undefined;
}

/** A warning when the environment looks meant for Discord (an application or server id is set) but has no token, as
 * with a misspelt DISCORD_TOKEN in .env; undefined otherwise. Names the settings, never their values. */
export function missingTokenWarning(env: Env): string | undefined {
  const set = ['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'ALLOWED_CHANNEL_IDS', 'AUDIT_CHANNEL_ID'].filter((name) => env[name]?.trim());
  if (set.length === 0) return undefined;
  return `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but DISCORD_TOKEN is not: opening the playground instead of connecting to Discord (with NODE_ENV=production a missing token is an error).`;
}
