/**
 * The zones this browser knows, UTC first; the saved zone is kept even if the browser lacks it.
 * Offered by the site settings page and by a card's KPI settings.
 */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

/** "Europe/Moscow (GMT+3)": the name as people read it, with today's offset. */
export function timeZoneLabel(zone: string, now: Date = new Date()): string {
  try {
    const offset = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset === undefined ? readable(zone) : `${readable(zone)} (${offset})`;
  } catch {
    return readable(zone);
  }
}

/** Matches "moscow", "new york" and "new_york" alike. */
export function matchesZone(zone: string, query: string): boolean {
  const wanted = query.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return wanted === '' || readable(zone).toLowerCase().includes(wanted);
}

const readable = (zone: string) => zone.replace(/_/g, ' ');
