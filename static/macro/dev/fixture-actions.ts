// Dev only: the card's linked Jira actions as the first render gives them, for the KPI fixture.
import type { CardActionsView, LinkedActionView } from '@src/contracts/action-contracts';

const issue = (key: string, kpiId: string, statusCategory: LinkedActionView['statusCategory'], statusName: string, summary: string): LinkedActionView => ({
  id: key.replace(/\D/g, ''),
  key,
  summary,
  statusName,
  statusCategory,
  kind: 'corrective-action',
  kpiId,
  url: `https://example.atlassian.net/browse/${key}`,
});

/** Five on the first KPI (three chips and "+2"), one open on the second, one done on CAC; or only the counts. */
export function fixtureActions(shown: 'issues' | 'counts', language: 'ru' | 'en'): CardActionsView {
  if (shown === 'counts') {
    return { shown: 'counts', reason: 'no-access', countedAt: '2025-05-10T08:00:00.000Z', byKpi: { 'kpi-1': { new: 1, indeterminate: 1, done: 3 }, 'kpi-4': { new: 0, indeterminate: 0, done: 1 } } };
  }
  const ru = language === 'ru';
  return {
    shown: 'issues',
    more: true,
    jiraUrl: 'https://example.atlassian.net/issues/?jql=processCardId%20%3D%20%22card-fixture%22',
    repairLinks: false,
    byKpi: {
      'kpi-1': [
        issue('QMS-12', 'kpi-1', 'new', ru ? 'Открыто' : 'Open', ru ? 'Конверсия ниже цели' : 'Conversion below target'),
        issue('QMS-11', 'kpi-1', 'indeterminate', ru ? 'КД: Анализ причин' : 'CA: Root cause analysis', ru ? 'Падение конверсии в марте' : 'Conversion fell in March'),
        issue('QMS-9', 'kpi-1', 'done', ru ? 'Закрыто' : 'Closed', ru ? 'Скрипт звонков' : 'Call script'),
        issue('QMS-7', 'kpi-1', 'done', ru ? 'Закрыто' : 'Closed', ru ? 'Обучение менеджеров' : 'Training for managers'),
        issue('QMS-3', 'kpi-1', 'done', ru ? 'Закрыто' : 'Closed', ru ? 'CRM-воронка' : 'CRM funnel'),
      ],
      'kpi-2': [issue('QMS-14', 'kpi-2', 'indeterminate', ru ? 'В работе' : 'In progress', ru ? 'Программа удержания' : 'Retention programme')],
      'kpi-4': [issue('QMS-5', 'kpi-4', 'done', ru ? 'Закрыто' : 'Closed', ru ? 'Снизить CAC' : 'Lower the CAC')],
    },
  };
}
