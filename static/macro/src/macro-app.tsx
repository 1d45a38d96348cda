import { useCallback, useEffect, useState } from 'react';
import type { CardView, MacroCardResult, ResolverResult } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import type { MacroContext } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import type { ResolverError } from '@shared/error-notice';
import { I18nProvider, useI18n } from '@shared/i18n/i18n-context';
import { CardDocument } from './card/card-document';
import { EmptyState } from './empty/empty-state';
import { ImportNotes } from './empty/import-notes';
import type { ImportOutcome } from './empty/import-notes';
import { LoadingStatus } from '@shared/loading-status';
import './macro-app.css';

export interface FirstLoad {
  context: Promise<MacroContext>;
  theme: Promise<void>;
  card: Promise<ResolverResult<MacroCardResult>>;
}

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'empty' }
  | { kind: 'card'; view: CardView; imported: ImportOutcome | null };

/** The process-card macro: loads the card bound to this macro, or offers to bring one in. */
export function MacroApp({ firstLoad }: { firstLoad: FirstLoad }) {
  const [locale, setLocale] = useState(() => (typeof navigator === 'undefined' ? 'en-GB' : navigator.language));
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  const show = useCallback((result: ResolverResult<MacroCardResult>) => {
    if (!result.ok) setScreen({ kind: 'failed', error: result.error });
    else if (result.data.view === null) setScreen({ kind: 'empty' });
    else setScreen({ kind: 'card', view: result.data.view, imported: null });
  }, []);

  useEffect(() => {
    let live = true;
    firstLoad.context.then(
      (context) => live && setLocale(context.locale),
      () => undefined,
    );
    void Promise.all([firstLoad.card, firstLoad.theme]).then(([result]) => live && show(result));
    return () => {
      live = false;
    };
  }, [firstLoad, show]);

  const reload = useCallback(() => {
    setScreen({ kind: 'loading' });
    void invokeResolver('card/get-for-macro', {}).then(show);
  }, [show]);

  return (
    <I18nProvider locale={locale}>
      <main className="pc-macro">
        <MacroScreen
          screen={screen}
          onRetry={reload}
          onCardReady={(view, imported) => setScreen({ kind: 'card', view, imported })}
          onDismissNotes={() => screen.kind === 'card' && setScreen({ ...screen, imported: null })}
        />
      </main>
    </I18nProvider>
  );
}

function MacroScreen({
  screen,
  onRetry,
  onCardReady,
  onDismissNotes,
}: {
  screen: Screen;
  onRetry: () => void;
  onCardReady: (view: CardView, imported: ImportOutcome | null) => void;
  onDismissNotes: () => void;
}) {
  const { t } = useI18n();
  switch (screen.kind) {
    case 'loading':
      return (
        <LoadingStatus label={t('loading')} />
      );
    case 'failed':
      return <ErrorNotice error={screen.error} title={t('loadFailed')} onRetry={onRetry} />;
    case 'empty':
      return <EmptyState onCardReady={onCardReady} />;
    case 'card':
      return (
        <>
          {screen.imported !== null && <ImportNotes outcome={screen.imported} onDismiss={onDismissNotes} />}
          <CardDocument view={screen.view} />
        </>
      );
  }
}
