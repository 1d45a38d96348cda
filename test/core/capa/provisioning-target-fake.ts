import type { WorkflowShape } from '../../../src/core/ports/jira-provisioning';
import type { ProvisioningLanguage, ProvisioningTarget } from '../../../src/core/capa/provisioning/provisioning-target';

/**
 * A small target for the planner's tests (two statuses per workflow), independent of the real
 * workflow definitions: `version` changes the shape the app builds, as a new app version would.
 */
export function fakeTarget(language: ProvisioningLanguage = 'en', version = '1'): ProvisioningTarget {
  const ru = language === 'ru';
  // A short stand-in for the real fingerprint (a hash of the shape).
  const fingerprint = (shape: WorkflowShape) => {
    let hash = 2166136261;
    for (const char of JSON.stringify([shape.name, shape.statuses, shape.transitions])) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return hash.toString(16);
  };
  const flow = (kind: 'corrective-action' | 'improvement', name: string, from: string, to: string) => ({
    kind,
    name,
    build: (ids: Readonly<Record<string, string>>): WorkflowShape => ({
      name,
      description: `${name} (app ${version})`,
      statuses: [ids[from]!, ids[to]!],
      transitions: [
        { name: 'Create', type: 'INITIAL', from: [], to: ids[from]!, validators: [], actions: [], conditions: [] },
        { name: version === '1' ? 'Close' : 'Close (v2)', type: 'DIRECTED', from: [ids[from]!], to: ids[to]!, validators: [], actions: [], conditions: [] },
      ],
    }),
    fingerprint,
  });
  return {
    language,
    appVersion: version,
    statuses: [
      { ref: 'open', category: 'TODO', description: '', candidates: ru ? ['Открыто', 'КД: Открыто'] : ['Open', 'CA: Open'] },
      { ref: 'closed', category: 'DONE', description: '', candidates: ru ? ['Закрыто', 'КД: Закрыто'] : ['Closed', 'CA: Closed'] },
      { ref: 'root-cause', category: 'IN_PROGRESS', description: '', candidates: ru ? ['КД: Анализ причины'] : ['CA: Root cause analysis'] },
    ],
    issueTypes: [
      { kind: 'corrective-action', name: ru ? 'Корректирующее действие' : 'Corrective action', description: '§10.2' },
      { kind: 'improvement', name: ru ? 'Улучшение' : 'Improvement', description: '§10.3' },
    ],
    workflows: [flow('corrective-action', ru ? 'Процесс КД' : 'Process Cards: Corrective action', 'open', 'root-cause'), flow('improvement', ru ? 'Процесс улучшения' : 'Process Cards: Improvement', 'open', 'closed')],
  };
}
