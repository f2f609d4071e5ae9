// ISO dates as English prose writes them: the forms a quotation's introduction may state a date in, and the one
// form Verbatim shows ("4 December 2009", day-month-year as in the Chicago Manual of Style, 17th ed., 6.38).
import { isIsoDatePrefix } from './isoDate.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { year: string; month?: string; day?: string } | null {
  if (!isIsoDatePrefix(iso)) return null;
  const [year, month, day] = iso.split('-');
  return {
    year: year!,
    ...(month !== undefined ? { month: MONTHS[Number(month) - 1]! } : {}),
    ...(day !== undefined ? { day: String(Number(day)) } : {}),
  };
}

/** `2009-12-04` → `4 December 2009`, `2005-08` → `August 2005`, `2005` → `2005`; null for anything but an ISO date. */
export function writtenDate(iso: string): string | null {
  const date = parts(iso);
  if (!date) return null;
  return [date.day, date.month, date.year].filter((part) => part !== undefined).join(' ');
}

/**
 * The ways an English text may state `iso`: `December 4, 2009`, `4 December 2009`, `December 4th, 2009`,
 * `4th December 2009`, `2009-12-04`, and likewise `August 2005` or `2005`. Empty for anything but an ISO date.
 */
export function datePhrases(iso: string): string[] {
  const date = parts(iso);
  if (!date) return [];
  if (date.month === undefined) return [date.year];
  if (date.day === undefined) return [`${date.month} ${date.year}`, iso];
  const ordinal = `${date.day}${ordinalSuffix(Number(date.day))}`;
  return [
    `${date.month} ${date.day}, ${date.year}`,
    `${date.day} ${date.month} ${date.year}`,
    `${date.month} ${ordinal}, ${date.year}`,
    `${ordinal} ${date.month} ${date.year}`,
    `${ordinal} of ${date.month} ${date.year}`,
    iso,
  ];
}

function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}
