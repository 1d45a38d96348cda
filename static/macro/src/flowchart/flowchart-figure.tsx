import type { Flowchart } from '@src/core/card/process-card';
import type { FlowchartLayout } from '@src/core/flowchart/flowchart-layout';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from '../card/written-text';
import { FlowchartSvg } from './flowchart-svg';
import { FlowchartStepList } from './flowchart-step-list';
import './flowchart.css';

/**
 * Section 6.4: the drawn flowchart (laid out by the resolver) with its steps as a list
 * for screen readers; the diagram as written when it could not be turned into steps.
 */
export function FlowchartFigure({ flowchart, layout }: { flowchart: Flowchart; layout: FlowchartLayout | null }) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  if (layout !== null) {
    return (
      <figure className="pc-flow">
        <FlowchartSvg layout={layout} />
        <figcaption className="pc-visually-hidden">
          <p>{t('flowchartStepsHeading')}</p>
          <FlowchartStepList steps={flowchart.steps} />
        </figcaption>
      </figure>
    );
  }
  if (flowchart.steps.length > 0) {
    return (
      <>
        <p>{t('flowchartUndrawn')}</p>
        <FlowchartStepList steps={flowchart.steps} />
      </>
    );
  }
  return (
    <figure className="pc-flow">
      <figcaption className="pc-flow__source-caption">{t('flowchartSource')}</figcaption>
      <pre className="pc-flow__source" lang={lang}>
        {flowchart.source}
      </pre>
    </figure>
  );
}
