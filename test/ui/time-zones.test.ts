import { matchesZone, timeZoneChoices, timeZoneLabel } from '../../static/shared/time-zones';

describe('the time zone list of the settings page', () => {
  it('offers UTC first and keeps a saved zone the browser does not list', () => {
    const choices = timeZoneChoices('Mars/Olympus_Mons');
    expect(choices[0]).toBe('UTC');
    expect(choices).toContain('Mars/Olympus_Mons');
    expect(choices).toContain('Europe/Moscow');
    expect(new Set(choices).size).toBe(choices.length);
  });

  it('labels a zone with its offset on the given day, and an unknown one by its name alone', () => {
    expect(timeZoneLabel('Europe/Moscow', new Date('2026-12-01T00:00:00Z'))).toBe('Europe/Moscow (GMT+3)');
    expect(timeZoneLabel('America/New_York', new Date('2026-07-01T00:00:00Z'))).toBe('America/New York (GMT-4)');
    expect(timeZoneLabel('Mars/Olympus_Mons')).toBe('Mars/Olympus Mons');
  });

  it('finds a zone by part of its name, with spaces or underscores, in any case', () => {
    expect(matchesZone('America/New_York', 'new york')).toBe(true);
    expect(matchesZone('America/New_York', 'NEW_YORK')).toBe(true);
    expect(matchesZone('America/New_York', 'moscow')).toBe(false);
    expect(matchesZone('America/New_York', '  ')).toBe(true);
  });
});
