/** The one "loading" status every screen shows: a spinner and, when there is one, what is loading. */
export function LoadingStatus({ label }: { label?: string }) {
  return (
    <div className="pc-loading" role="status">
      <span className="pc-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
