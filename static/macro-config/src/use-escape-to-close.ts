import { useEffect } from 'react';
import { closeView } from '@shared/bridge';

/**
 * Escape closes the settings, as in any Confluence dialog. While focus is inside this iframe the
 * host's dialog never sees the key, so the app itself asks the host to close the view.
 */
export function useEscapeToClose(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void closeView().catch(() => undefined);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
