// Buttons as Discord components. A custom_id is routing data, so one that would exceed Discord's limit is left out, never cut.
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS } from './discordLimits.js';

export interface ButtonSpec {
  label: string;
  customId: string;
  /** Discord's button styles: 1 primary (blue), 2 secondary (grey). */
  style?: 1 | 2;
  disabled?: boolean;
}

/** Rows of buttons; empty rows are dropped, since Discord refuses them. */
export function buttonRows(rows: ButtonSpec[][]): APIActionRowComponent<APIButtonComponent>[] {
  return rows
    .map((row) => row.filter((button) => button.customId.length <= DISCORD_LIMITS.customId))
    .filter((row) => row.length > 0)
    .map((row) => ({
      type: 1,
      components: row.map((button) => ({
        type: 2,
        style: button.style ?? 2,
        label: button.label,
        custom_id: button.customId,
        ...(button.disabled ? { disabled: true } : {}),
      })),
    }));
}

/** Previous and Next around page `page` of `pages` (counting from 1), `idOf` naming each target page; none for one page. */
export function pagingButtons(page: number, pages: number, idOf: (page: number) => string): ButtonSpec[] {
  if (pages <= 1) return [];
  return [
    { label: '◀ Previous', customId: idOf(page - 1), disabled: page <= 1 },
    { label: 'Next ▶', customId: idOf(page + 1), disabled: page >= pages },
  ];
}
