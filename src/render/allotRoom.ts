// Shares a message's characters among the parts of its embeds by priority, so that what matters most is cut last.

export interface Claim {
  /** Served in ascending order: 0 for the quoted words and their attribution, then other fields. */
  tier: number;
  /** Characters the part takes whole. */
  wants: number;
  /** Characters it is given before any tier gets more (shared evenly when the leasts alone do not fit). */
  least: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Characters for each claim, in order, summing to at most `room`: first every claim's least, then tier by tier what
 * each still wants. Within a step, room is shared evenly and short claims keep all they want, so one long part
 * cannot starve the others.
 */
export function allotRoom(claims: readonly Claim[], room: number): number[] {
  const given = shareRoom(
    claims.map((claim) => Math.min(claim.wants, claim.least)),
    room,
  );
  let left = room - sum(given);
  for (const tier of [...new Set(claims.map((claim) => claim.tier))].sort((a, b) => a - b)) {
    const members = claims.flatMap((claim, i) => (claim.tier === tier ? [i] : []));
    const more = shareRoom(
      members.map((i) => claims[i]!.wants - given[i]!),
      left,
    );
    members.forEach((i, k) => (given[i]! += more[k]!));
    left -= sum(more);
  }
  return given;
}

/** `room` shared among `wants`: the smallest keep all they want, the rest split what is left evenly. */
export function shareRoom(wants: readonly number[], room: number): number[] {
  const shares: number[] = wants.map(() => 0);
  let left = Math.max(0, room);
  const smallestFirst = wants.map((_, i) => i).sort((a, b) => wants[a]! - wants[b]!);
  smallestFirst.forEach((i, done) => {
    shares[i] = Math.min(wants[i]!, Math.floor(left / (wants.length - done)));
    left -= shares[i];
  });
  return shares;
}
