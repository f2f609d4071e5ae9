// Application command registration routes (global and per guild), keeping ids stable per name the way Discord does.
import type { APIApplicationCommand } from 'discord.js';
import { snowflake } from './ids.js';
import { Errors, type Route, type RouteRequest, type RouteResponse } from './router.js';
import type { StandinState } from './state.js';
import { validateCommands } from './validate-commands.js';

type Body = Record<string, unknown>;

function scopeCheck(req: RouteRequest): RouteResponse | null {
  const { ids } = req.state.config;
  if (req.params.appId !== ids.applicationId) return Errors.missingAccess();
  if (req.params.guildId !== undefined && req.params.guildId !== ids.guildId) return Errors.missingAccess();
  return null;
}

function list(state: StandinState, guildId: string | undefined): APIApplicationCommand[] {
  return guildId ? (state.commands.guilds[guildId] ?? []) : state.commands.global;
}

function save(state: StandinState, guildId: string | undefined, commands: APIApplicationCommand[]): void {
  if (guildId) state.commands.guilds[guildId] = commands;
  else state.commands.global = commands;
}

function toCommand(state: StandinState, raw: Body, guildId: string | undefined, existing?: APIApplicationCommand): APIApplicationCommand {
  const type = typeof raw.type === 'number' ? raw.type : 1;
  return {
    id: existing?.id ?? snowflake(),
    application_id: state.config.ids.applicationId,
    version: snowflake(),
    type,
    name: String(raw.name),
    name_localizations: (raw.name_localizations as APIApplicationCommand['name_localizations']) ?? null,
    description: typeof raw.description === 'string' ? raw.description : '',
    description_localizations: (raw.description_localizations as APIApplicationCommand['description_localizations']) ?? null,
    ...(Array.isArray(raw.options) && raw.options.length ? { options: raw.options as APIApplicationCommand['options'] } : {}),
    default_member_permissions: (raw.default_member_permissions as string | null | undefined) ?? null,
    dm_permission: raw.dm_permission !== false,
    nsfw: raw.nsfw === true,
    integration_types: (raw.integration_types as APIApplicationCommand['integration_types']) ?? [0],
    contexts: (raw.contexts as APIApplicationCommand['contexts']) ?? null,
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

function sameIdentity(a: { type?: unknown; name?: unknown }, b: APIApplicationCommand): boolean {
  return (typeof a.type === 'number' ? a.type : 1) === b.type && a.name === b.name;
}

function bulkOverwrite(req: RouteRequest): RouteResponse {
  const denied = scopeCheck(req);
  if (denied) return denied;
  if (!Array.isArray(req.body)) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
  if (req.state.config.validate) {
    const invalid = validateCommands(req.body);
    if (invalid) return invalid;
  }
  const guildId = req.params.guildId;
  const before = list(req.state, guildId);
  const next = (req.body as Body[]).map((raw) =>
    toCommand(
      req.state,
      raw,
      guildId,
      before.find((c) => sameIdentity(raw, c)),
    ),
  );
  save(req.state, guildId, next);
  return { status: 200, body: next };
}

function routesFor(prefix: string): Route[] {
  return [
    {
      method: 'GET',
      pattern: prefix,
      auth: 'bot',
      handle: (req) => scopeCheck(req) ?? { status: 200, body: list(req.state, req.params.guildId) },
    },
    { method: 'PUT', pattern: prefix, auth: 'bot', handle: bulkOverwrite },
  ];
}

export const commandRoutes: Route[] = [
  ...routesFor('/applications/:appId/commands'),
  ...routesFor('/applications/:appId/guilds/:guildId/commands'),
];
