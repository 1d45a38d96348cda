import type { FrequencyCode } from '../card/process-card';

/** Checked in order: half-yearly before yearly, so «раз в полгода» is not read as «раз в год». */
const FREQUENCIES: ReadonlyArray<[RegExp, FrequencyCode]> = [
  [/ежедневн|каждый день|раз в день|daily|every day|once a day/u, 'daily'],
  [/еженедельн|раз в неделю|каждую неделю|weekly|every week|once a week/u, 'weekly'],
  [/ежемесячн|раз в месяц|каждый месяц|по месяцам|monthly|every month|once a month/u, 'monthly'],
  [/ежекварталь|раз в квартал|каждый квартал|по кварталам|quarterly|every quarter|once a quarter/u, 'quarterly'],
  [
    /полгода|полугод|2 раза в год|два раза в год|half-year|half year|semi-annual|semiannual|biannual|twice a year|every six months|every 6 months/u,
    'half-yearly',
  ],
  [/ежегодн|раз в год|каждый год|годов|yearly|annual|every year|once a year/u, 'yearly'],
  [
    /по каждой|после каждой|по каждому|после каждого|по факту|по событию|по мере|по завершении|per campaign|per event|per project|each campaign|after each|on demand|as needed|per occurrence/u,
    'per-event',
  ],
];

/** «ежеквартально» → 'quarterly'; undefined when the wording is not one we know. */
export function parseFrequency(text: string): FrequencyCode | undefined {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  return FREQUENCIES.find(([pattern]) => pattern.test(lower))?.[1];
}
