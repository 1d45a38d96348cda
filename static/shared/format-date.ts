/**
 * A YYYY-MM-DD date in the reader's locale, digits only (15.03.2025 in ru-RU,
 * 15/03/2025 in en-GB). Formatted in UTC so the day never shifts with the time zone.
 */
export function formatIsoDate(dateIso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateIso);
  if (match === null) return dateIso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return dateIso;
  try {
    return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return dateIso;
  }
}
