import { useEffect, useState } from 'react';

/**
 * The platform context of a Custom UI app, once it and the theme have loaded (the theme first, so
 * nothing flashes in the wrong colours); `failed` when either could not be read.
 */
export function useFirstLoad<T>(firstLoad: { context: Promise<T>; theme: Promise<void> }): { context: T | null; failed: boolean } {
  const [context, setContext] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all([firstLoad.context, firstLoad.theme]).then(
      ([loaded]) => live && setContext(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [firstLoad]);
  return { context, failed };
}
