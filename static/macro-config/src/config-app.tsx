import type { MacroContext } from '@shared/bridge';
import { I18nProvider } from '@shared/i18n/i18n-context';
import { CardPicker } from './card-picker';
import { LoadingStatus } from '@shared/loading-status';
import { useFirstLoad } from '@shared/use-first-load';
import { useEscapeToClose } from './use-escape-to-close';

/** The macro's custom config: choose which existing card the macro shows. */
export function ConfigApp({ firstLoad }: { firstLoad: { context: Promise<MacroContext>; theme: Promise<void> } }) {
  const { context, failed } = useFirstLoad(firstLoad);
  useEscapeToClose();


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
