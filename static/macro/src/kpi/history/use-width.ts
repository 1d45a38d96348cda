import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The element's content width in CSS pixels, kept current as the frame resizes (`fallback` until measured). */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return;
    const measure = () => setWidth((current) => {
      const next = Math.floor(element.clientWidth);
      return next > 0 && next !== current ? next : current;
    });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
