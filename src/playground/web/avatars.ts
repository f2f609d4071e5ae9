// Avatars drawn on the page itself (SVG data URLs), so nothing is fetched from Discord's CDN.
/** Discord's default avatar colours. */
export const AVATAR_COLOURS = { blue: '#5865f2', gray: '#757e8a', green: '#3ba55c', orange: '#faa61a', red: '#ed4245', pink: '#eb459f' };

function draw(colour: string, initial: string): string {
  const letter = initial.slice(0, 1).replace(/[<&>"']/gu, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><circle cx="40" cy="40" r="40" fill="${colour}"/><text x="40" y="53" font-size="38" font-family="sans-serif" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A round avatar with `initial`, in the default colour Discord would give the user `id` (a snowflake). */
export function avatarFor(id: string, initial = ''): string {
  const colours = Object.values(AVATAR_COLOURS);
  const colour = colours[Number((BigInt(/^\d+$/u.test(id) ? id : '0') >> 22n) % BigInt(colours.length))]!;
  return draw(colour, initial);
}

/** The components' named default avatars, drawn locally. */
export const localDefaultAvatars = () =>
  Object.fromEntries(Object.entries(AVATAR_COLOURS).map(([name, colour]) => [name, draw(colour, '')])) as Record<
    keyof typeof AVATAR_COLOURS,
    string
  >;
