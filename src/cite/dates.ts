// Citation styles spell dates differently; an ISO date can be respelled, anything else is printed as the document
// gives it, since reading a date into it would be inventing one.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface IsoDate {
  year: string;
  /** 0-based. */
  month?: number;
  day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day; null for anything else. */
export function isoDate(date: string): IsoDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m?.[1]) return null;
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 0 || month > 11)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year: m[1], ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** `August 14, 2005`, `August 2005`, `2005`. */
export function chicagoDate(date: string): string {
  const d = isoDate(date);
  if (!d) return date;
  const month = d.month === undefined ? '' : `${MONTHS[d.month]} `;
  return d.day === undefined ? `${month}${d.year}` : `${month}${d.day}, ${d.year}`;
}

/** `2005, August 14`, `2005, August`, `2005`. */
export function apaDate(date: string): string {
  const d = isoDate(date);
  if (!d) return date;
  const month = d.month === undefined ? '' : `, ${MONTHS[d.month]}`;
  return `${d.year}${month}${d.day === undefined ? '' : ` ${d.day}`}`;
}

/** `14 Aug. 2005`, `Aug. 2005`, `2005`. */
export function mlaDate(date: string): string {
  const d = isoDate(date);
  if (!d) return date;
  const month = d.month === undefined ? '' : `${MLA_MONTHS[d.month]} `;
  return `${d.day === undefined ? '' : `${d.day} `}${month}${d.year}`;
}
