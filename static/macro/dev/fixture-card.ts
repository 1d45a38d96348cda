import type { Kpi, ProcessCard } from '@src/core/card/process-card';

/**
 * The fixture's card (dev only, never built into the app): a marketing card with eight KPIs, one
 * of each kind the KPI table must draw. Written in the reader's language, as a real card would be.
 */
type Text = { ru: string; en: string };
type FixtureKpi = Omit<Kpi, 'name' | 'formula' | 'target' | 'warningThreshold' | 'frequency' | 'owner' | 'dataSource' | 'unit'> & {
  name: Text;
  formula: Text;
  unit: Text;
  target: Text;
  warningThreshold: Text;
  frequency: Text;
  owner: Text;
  dataSource: Text;
};

const head = { ru: 'Руководитель отдела маркетинга', en: 'Head of marketing' };
const crm = { ru: 'CRM-система', en: 'CRM' };

export const FIXTURE_KPIS: FixtureKpi[] = [
  {
    id: 'kpi-1', name: { ru: 'Конверсия лидов в клиентов', en: 'Lead-to-customer conversion' },
    formula: { ru: 'Новые клиенты / квалифицированные лиды × 100', en: 'New customers / qualified leads × 100' },
    unit: { ru: '%', en: '%' }, direction: 'higher', target: { ru: '≥ 15 %', en: '≥ 15%' }, targetParsed: { comparator: '>=', value: 15, unit: '%' },
    warningThreshold: { ru: '< 12 %', en: '< 12%' }, warningParsed: { comparator: '<', value: 12, unit: '%' },
    frequency: { ru: 'ежемесячно', en: 'monthly' }, frequencyCode: 'monthly', owner: head, ownerRoleId: 'role-head', dataSource: crm,
  },
  {
    id: 'kpi-2', name: { ru: 'Коэффициент удержания клиентов', en: 'Customer retention rate' },
    formula: { ru: '(Клиенты на конец периода − новые клиенты) / клиенты на начало × 100', en: '(Customers at the end − new customers) / customers at the start × 100' },
    unit: { ru: '%', en: '%' }, direction: 'higher', target: { ru: '≥ 85 %', en: '≥ 85%' }, targetParsed: { comparator: '>=', value: 85, unit: '%' },
    warningThreshold: { ru: '< 80 %', en: '< 80%' }, warningParsed: { comparator: '<', value: 80, unit: '%' },
    frequency: { ru: 'ежеквартально', en: 'quarterly' }, frequencyCode: 'quarterly', owner: { ru: 'Руководитель отдела продаж', en: 'Head of sales' }, dataSource: crm,
  },
  {
    id: 'kpi-3', name: { ru: 'Освоение маркетингового бюджета', en: 'Marketing budget spent' },
    formula: { ru: 'Фактические расходы / утверждённый бюджет × 100', en: 'Actual spend / approved budget × 100' },
    unit: { ru: '%', en: '%' }, direction: null, target: { ru: '95–102 %', en: '95–102%' }, targetParsed: { comparator: 'range', value: 95, max: 102, unit: '%' },
    warningThreshold: { ru: '< 90 %', en: '< 90%' }, warningParsed: { comparator: '<', value: 90, unit: '%' },
    frequency: { ru: 'ежемесячно', en: 'monthly' }, frequencyCode: 'monthly', owner: head, dataSource: { ru: 'Учётная система', en: 'Accounting system' },
  },
  {
    id: 'kpi-4', name: { ru: 'Стоимость привлечения клиента (CAC)', en: 'Customer acquisition cost (CAC)' },
    formula: { ru: 'Затраты на продажи и маркетинг / число новых клиентов', en: 'Sales and marketing spend / new customers' },
    unit: { ru: 'тенге', en: 'KZT' }, direction: 'lower', target: { ru: '≤ 25 000 тенге', en: '≤ 25,000 KZT' }, targetParsed: { comparator: '<=', value: 25000, unit: 'тенге' },
    warningThreshold: { ru: '> 28 000 тенге', en: '> 28,000 KZT' }, warningParsed: { comparator: '>', value: 28000, unit: 'тенге' },
    frequency: { ru: 'ежеквартально', en: 'quarterly' }, frequencyCode: 'quarterly', owner: { ru: 'Финансовый директор', en: 'Finance director' },
    dataSource: { ru: 'Учётная система, CRM-система', en: 'Accounting system, CRM' },
  },
  {
    id: 'kpi-5', name: { ru: 'Индекс потребительской лояльности (NPS)', en: 'Net promoter score (NPS)' },
    formula: { ru: '% промоутеров (9–10) − % критиков (0–6)', en: '% promoters (9–10) − % detractors (0–6)' },
    unit: { ru: 'пункты', en: 'points' }, direction: 'higher', target: { ru: '≥ 50', en: '≥ 50' }, targetParsed: { comparator: '>=', value: 50, unit: '' },
    warningThreshold: { ru: '< 40', en: '< 40' }, warningParsed: { comparator: '<', value: 40, unit: '' },
    frequency: { ru: 'раз в полгода', en: 'twice a year' }, frequencyCode: 'half-yearly', owner: head, ownerRoleId: 'role-head', dataSource: { ru: 'Опросы клиентов', en: 'Customer surveys' },
  },
  {
    id: 'kpi-6', name: { ru: 'Доля повторных покупок', en: 'Repeat purchase share' },
    formula: { ru: 'Повторные заказы / все заказы × 100', en: 'Repeat orders / all orders × 100' },
    unit: { ru: '%', en: '%' }, direction: 'higher', target: { ru: '≥ 40 %', en: '≥ 40%' }, targetParsed: { comparator: '>=', value: 40, unit: '%' },
    warningThreshold: { ru: '', en: '' }, frequency: { ru: 'ежемесячно', en: 'monthly' }, frequencyCode: 'monthly', owner: head, ownerRoleId: 'role-head', dataSource: crm,
  },
  {
    id: 'kpi-7', name: { ru: 'Охват публикаций', en: 'Reach of publications' },
    formula: { ru: 'Уникальные просмотры публикаций за месяц', en: 'Unique views of publications in the month' },
    unit: { ru: 'просмотры', en: 'views' }, direction: 'higher', target: { ru: 'рост к прошлому году', en: 'growth on last year' },
    warningThreshold: { ru: '', en: '' }, frequency: { ru: 'ежемесячно', en: 'monthly' }, frequencyCode: 'monthly', owner: { ru: 'Маркетолог-аналитик', en: 'Marketing analyst' },
    dataSource: { ru: 'Веб-аналитика', en: 'Web analytics' },
  },
  {
    id: 'kpi-8', name: { ru: 'ROMI кампании', en: 'Campaign ROMI' },
    formula: { ru: '(Выручка от кампании − затраты на кампанию) / затраты на кампанию × 100', en: '(Campaign revenue − campaign cost) / campaign cost × 100' },
    unit: { ru: '%', en: '%' }, direction: 'higher', target: { ru: '> 0 %', en: '> 0%' }, targetParsed: { comparator: '>', value: 0, unit: '%' },
    warningThreshold: { ru: '< 10 %', en: '< 10%' }, warningParsed: { comparator: '<', value: 10, unit: '%' },
    frequency: { ru: 'по каждой кампании', en: 'per campaign' }, frequencyCode: 'per-event', owner: { ru: 'Маркетолог-аналитик', en: 'Marketing analyst' },
    dataSource: { ru: 'CRM-система, учётная система', en: 'CRM, accounting system' },
  },
];

export function fixtureCard(language: 'ru' | 'en'): ProcessCard {
  const pick = (text: Text) => text[language];
  return {
    schemaVersion: 2,
    id: 'card-fixture',
    version: 4,
    status: 'approved',
    location: null,
    importReport: null,
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
    content: {
      language,
      title: language === 'ru' ? 'Привлечение клиентов и маркетинг' : 'Customer acquisition and marketing',
      roles: [{ id: 'role-head', name: pick(head) }],
      document: { code: 'КП-СМК-07', revision: language === 'ru' ? 'Версия 3' : 'Revision 3' },
      approval: { marker: '', approverName: '', approverPosition: '', date: '' },
      purpose: { card: '', process: '' },
      scope: '',
      terms: [],
      abbreviations: [],
      responsibility: { ownerRole: pick(head), ownerRoleId: 'role-head', text: '' },
      inputs: [],
      outputs: [],
      resources: [],
      flowchart: { steps: [], source: '' },
      managementActions: [],
      improvement: '',
      kpis: FIXTURE_KPIS.map((kpi) => ({
        ...kpi,
        name: pick(kpi.name),
        formula: pick(kpi.formula),
        unit: pick(kpi.unit),
        target: pick(kpi.target),
        warningThreshold: pick(kpi.warningThreshold),
        frequency: pick(kpi.frequency),
        owner: pick(kpi.owner),
        dataSource: pick(kpi.dataSource),
      })),
      distribution: [],
      sectionNotes: {},
    },
  };
}
