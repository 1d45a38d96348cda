import { useEffect, useState } from 'react';
import type { MacroContext } from '@shared/bridge';
import { I18nProvider } from '@shared/i18n/i18n-context';
import { CardPicker } from './card-picker';
import { LoadingStatus } from '@shared/loading-status';
import { useEscapeToClose } from './use-escape-to-close';

/** The macro's custom config: choose which existing card the macro shows. */
export function ConfigApp({ firstLoad }: { firstLoad: { context: Promise<MacroContext>; theme: Promise<void> } }) {
  const [context, setContext] = useState<MacroContext | null>(null);
  const [failed, setFailed] = useState(false);
  useEscapeToClose();

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

  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language);
  return (
    <I18nProvider locale={locale}>
      <main className="pc-config">
        {context !== null || failed ? (
          <CardPicker currentCardId={context?.configCardId} />
        ) : (
          <LoadingStatus />
        )}
      </main>
    </I18nProvider>
  );
}
