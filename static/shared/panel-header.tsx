/** A lazily loaded panel's title and its Close button, the same in every panel of the macro. */
export function PanelHeader({ id, title, closeLabel, onClose, className }: { id: string; title: string; closeLabel: string; onClose: () => void; className: string }) {
  return (
    <div className={`${className}__top`}>
      <h2 id={id} className={`${className}__heading`}>
        {title}
      </h2>
      <button type="button" className="pc-button pc-button--subtle" onClick={onClose}>
        {closeLabel}
      </button>
    </div>
  );
}
