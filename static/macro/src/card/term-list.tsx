import { useCardLanguage } from './written-text';

/** Terms with definitions, or abbreviations with meanings, as a description list. */
export function TermList({ items }: { items: Array<{ id: string; term: string; definition: string }> }) {
  const lang = useCardLanguage();
  return (
    <dl className="pc-terms" lang={lang}>
      {items.map((item) => (
        <div className="pc-terms__item" key={item.id}>
          <dt>{item.term}</dt>
          <dd>{item.definition}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Resources, management actions: numbered as in the card. */
export function TextItemList({ items }: { items: Array<{ id: string; text: string }> }) {
  const lang = useCardLanguage();
  return (
    <ol className="pc-items" lang={lang}>
      {items.map((item) => (
        <li key={item.id} className="pc-written">
          {item.text}
        </li>
      ))}
    </ol>
  );
}
