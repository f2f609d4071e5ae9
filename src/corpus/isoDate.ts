// One reading of ISO dates for the corpus header and the date filters: a date that names no real day is no date.

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day (`2005-13` and `2005-02-30` are not). */
export function isIsoDatePrefix(value: string): boolean {
  const m = ISO_PREFIX.exec(value);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A full `YYYY-MM-DD` date naming a real day. */
export function isIsoDate(value: string): boolean {
  return value.length === 10 && isIsoDatePrefix(value);
}
