/** A cell with nothing to show: a dash to the eye, its reason to a screen reader. */
export function Dash({ label }: { label: string }) {
  return (
    <span className="pc-empty-cell">
      <span aria-hidden="true">—</span>
      <span className="pc-visually-hidden">{label}</span>
    </span>
  );
}
