/**
 * Calendar dates as `yyyy-mm-dd` strings, counted as days since 1970-01-01 with integer
 * arithmetic (H. Hinnant's civil-date algorithms). No Date object is involved, so a date never
 * shifts with the host's zone or a DST change, and years below 100 are not remapped to 19xx.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date's parts, or null when the text is not a real yyyy-mm-dd date (2025-02-30, 0000-01-01). */
export function readCivilDate(text: string): CivilDate | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Like readCivilDate, for dates that come from our own code: a malformed one is a bug. */
export function civilDate(text: string): CivilDate {
  const date = readCivilDate(text);
  if (!date) throw new RangeError(`not a yyyy-mm-dd date: "${text}"`);
  return date;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

export const pad2 = (value: number): string => String(value).padStart(2, '0');

/** Four-digit years only: period keys have room for no more (and no fewer). */
export function formatYear(year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  return String(year).padStart(4, '0');
}

export function formatCivilDate(year: number, month: number, day: number): string {
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

export function dateOfDays(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return formatCivilDate(year, month, day);
}

export function daysOfDate(text: string): number {
  const { year, month, day } = civilDate(text);
  return daysFromCivil(year, month, day);
}

/** ISO weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts ISO week 1 (ISO 8601: the week holding 4 January), as a day count. */
export function firstIsoMonday(year: number): number {
  const january4 = daysFromCivil(year, 1, 4);
  return january4 - (isoWeekday(january4) - 1);
}

/** 52, or 53 when the year starts on a Thursday (or on a Wednesday in a leap year). */
export function isoWeeksIn(year: number): number {
  return (firstIsoMonday(year + 1) - firstIsoMonday(year)) / 7;
}
