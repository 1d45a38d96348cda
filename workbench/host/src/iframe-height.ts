/**
 * Reports the document's height whenever it changes, so the host can size the iframe to its
 * content, as Confluence does for a macro.
 */
export function reportHeightChanges(report: (height: number) => void): void {
  let lastHeight = -1;
  const measure = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    report(height);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(measure).observe(document.documentElement);
  window.addEventListener('load', measure);
}
