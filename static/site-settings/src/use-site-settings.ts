import { useCallback, useEffect, useState } from 'react';
import type { SiteSettingsView } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import type { ResolverError } from '@shared/error-notice';

export interface SiteSettingsState {
  settings: SiteSettingsView | null;
  loadError: ResolverError | null;
  saveError: ResolverError | null;
  saving: boolean;
  /** The zone of the last save made here, for the confirmation. */
  savedZone: string | null;
  reload: () => void;
  save: (timeZone: string) => Promise<void>;
}

/** The site settings as the resolver answers them, saved against the version that was read. */
export function useSiteSettings(): SiteSettingsState {
  const [settings, setSettings] = useState<SiteSettingsView | null>(null);
  const [loadError, setLoadError] = useState<ResolverError | null>(null);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedZone, setSavedZone] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setLoadError(null);
    const result = await invokeResolver('site-settings/get', {});
    if (result.ok) setSettings(result.data);
    else setLoadError(result.error);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const save = useCallback(
    async (timeZone: string) => {
      if (settings === null) return;
      setSaving(true);
      setSaveError(null);
      setSavedZone(null);
      const result = await invokeResolver('site-settings/save', { expectedVersion: settings.version, timeZone });
      setSaving(false);
      if (!result.ok) {
        setSaveError(result.error);
        return;
      }
      setSettings(result.data);
      setSavedZone(result.data.timeZone);
    },
    [settings],
  );

  return { settings, loadError, saveError, saving, savedZone, reload: () => void reload(), save };
}
