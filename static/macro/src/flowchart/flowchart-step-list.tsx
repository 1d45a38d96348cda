import type { FlowStep } from '@src/core/card/process-card';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from '../card/written-text';

/** The flowchart read aloud: each step with its kind, role and where it leads. */
export function FlowchartStepList({ steps }: { steps: FlowStep[] }) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  const labelOf = new Map(steps.map((step) => [step.id, step.label]));
  return (
    <ol className="pc-flow__steps">
      {steps.map((step) => {
        const next = step.next
          .map((link) => {
            const target = labelOf.get(link.to) ?? link.to;
            return link.label === '' ? target : `${target} (${link.label})`;
          })
          .join('; ');
        return (
          <li key={step.id}>
            {t(`stepKind.${step.kind}`)}: <span lang={lang}>{step.label}</span>
            {step.role !== '' && <> — {t('stepResponsible', { role: step.role })}</>}
            {next !== '' && <> — {t('stepNext', { steps: next })}</>}
          </li>
        );
      })}
    </ol>
  );
}
