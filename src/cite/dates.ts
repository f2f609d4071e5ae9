// A stated date read into its parts when it is ISO; anything else is kept as the document gives it, since reading a
// date into it would be inventing one.

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day as CSL date parts (`[2006, 9, 12]`, months from 1);
 * null for anything else. */
export function dateParts(date: string): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const parts = m.slice(1).filter((part) => part !== undefined).map(Number);
  const [, month = 1, day = 1] = parts;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? parts : null;
}
