import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Whether the element's content is wider than the element, kept true to its size as the frame resizes. */
export function useOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return;
    const check = () => setOverflowing(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}
