import type { SaveKpiSettingsInput } from '../../kpi/kpi-inputs';
import type { MacroContext } from '../macro-context';
import type { KpiSettingsView, RotateFeedSecretResult } from '../../results/kpi-settings-results';
import type { ProcessCard } from '../../card/process-card';
import type { CardSettingsStore } from '../../ports/card-settings-store';
import type { FeedSecrets, FeedUrls } from '../../ports/feed-secrets';
import { emptySettings, type CardSettings, type KpiSettings } from '../../settings/card-settings';
import { DEFAULT_TIME_ZONE, isSupportedTimeZone, type SiteSettings } from '../../settings/site-settings';
import { DEFAULT_ESCALATION_RULES } from '../../kpi/kpi-types';
import { AppError } from '../../errors';
import type { KpiDeps } from './kpi-deps';
import { requireCard } from './kpi-rules-of';
import { cardAccess } from './kpi-access';
import { saveCardSettings } from '../save-card-settings';

export interface KpiSettingsDeps extends KpiDeps {
  settings: CardSettingsStore;
  feedSecrets: FeedSecrets;
  feedUrls: FeedUrls;
  /** 32 random bytes, hex: a new feed secret. */
  newSecret: () => string;
  /**
   * A random number naming a rotation's stored secret: two rotations at once never share a key,
   * so the loser's clean-up cannot delete the winner's secret.
   */
  newSecretVersion: () => number;
}

type SaveInput = SaveKpiSettingsInput;

/**
 * The KPI part of a card's settings (zone, grace days, escalation rules) and its data feed secret:
 * seen by those who may see the card, changed by its page editors and process owner, audited.
 */
export function createKpiSettings(deps: KpiSettingsDeps) {
  async function load(context: MacroContext, cardId: string) {
    if (context.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to see the KPI settings.', [], { reason: 'sign-in' });
    const records = await deps.records.read(cardId);
    const card = requireCard(records.card, cardId);
    const access = await cardAccess(deps, context, card, records.settings, null);
    return { card, actor: context.actor, current: records.settings ?? emptySettings(card.id), site: records.site, canEdit: access.mayRecord };
  }

  async function view(card: ProcessCard, current: CardSettings, site: SiteSettings | null, canEdit: boolean): Promise<KpiSettingsView> {
    return {
      cardId: card.id,
      version: current.version,
      timeZone: current.kpi.timeZone,
      siteTimeZone: site?.timeZone ?? DEFAULT_TIME_ZONE,
      graceDays: current.kpi.graceDays,
      kpis: card.content.kpis.map((kpi) => ({ kpiId: kpi.id, name: kpi.name, rules: current.kpi.rules[kpi.id] ?? null })),
      defaultRules: [...DEFAULT_ESCALATION_RULES],
      feed: {
        configured: current.feed.secretVersion > 0,
        rotatedAt: current.feed.rotatedAt,
        // The URL is the owner's business; readers are not handed it.
        url: canEdit ? await deps.feedUrls.urlFor(card.id) : null,
      },
      canEdit,
    };
  }

  const refuse = (): never => {
    throw new AppError('FORBIDDEN', "Only the page's editors and the process owner may change the KPI settings.", [], { reason: 'edit' });
  };

  return {
    async get(context: MacroContext, input: { cardId: string }): Promise<KpiSettingsView> {
      const { card, current, site, canEdit } = await load(context, input.cardId);
      return view(card, current, site, canEdit);
    },

    async save(context: MacroContext, input: SaveInput): Promise<KpiSettingsView> {
      const { card, actor, current, site, canEdit } = await load(context, input.cardId);
      if (!canEdit) refuse();
      const wanted = checkedKpiSettings(card, input);
      if (JSON.stringify(wanted) === JSON.stringify(current.kpi)) return view(card, current, site, true);
      const at = deps.clock.now().toISOString();
      const saved = await saveCardSettings(deps, {
        cardId: card.id,
        next: { ...current, kpi: wanted },
        expectedVersion: input.expectedVersion,
        actor,
        at,
        action: 'kpi.settings-saved',
        summary: 'Changed the KPI settings of the card (time zone, grace days, escalation rules)',
        data: { timeZone: wanted.timeZone, graceDays: wanted.graceDays, kpisWithOwnRules: Object.keys(wanted.rules) },
      });
      return view(card, saved, site, true);
    },

    async rotateSecret(context: MacroContext, input: { cardId: string; expectedVersion: number }): Promise<RotateFeedSecretResult> {
      const { card, actor, current, site, canEdit } = await load(context, input.cardId);
      if (!canEdit) refuse();
      if (current.version !== input.expectedVersion) {
        throw new AppError('CONFLICT', 'The card settings were changed by someone else.', [], { reason: 'version', params: { current: current.version } });
      }
      const version = deps.newSecretVersion();
      const secret = deps.newSecret();
      // The new secret first, under a number nothing uses yet: if the settings save fails, nothing changed.
      await deps.feedSecrets.set(card.id, version, secret);
      const at = deps.clock.now().toISOString();
      let saved: CardSettings;
      try {
        saved = await saveCardSettings(deps, {
          cardId: card.id,
          next: { ...current, feed: { rotatedAt: at, secretVersion: version } },
          expectedVersion: input.expectedVersion,
          actor,
          at,
          action: 'feed.secret-rotated',
          summary: current.feed.secretVersion === 0 ? 'Created the secret of the KPI data feed' : 'Rotated the secret of the KPI data feed',
          data: { secretVersion: version },
        });
      } catch (error) {
        await deps.feedSecrets.delete(card.id, version).catch(() => undefined);
        throw error;
      }
      const previous = current.feed.secretVersion;
      if (previous > 0) await deps.feedSecrets.delete(card.id, previous).catch(() => undefined);
      return { secret, url: await deps.feedUrls.urlFor(card.id), settings: await view(card, saved, site, true) };
    },
  };
}

function checkedKpiSettings(card: ProcessCard, input: SaveInput): KpiSettings {
  if (input.timeZone !== null && !isSupportedTimeZone(input.timeZone)) {
    throw new AppError('VALIDATION', `${input.timeZone} is not a time zone this site knows.`, [{ path: 'timeZone', message: 'not a known time zone' }], {
      reason: 'payload',
    });
  }
  const kpiIds = new Set(card.content.kpis.map((kpi) => kpi.id));
  const unknown = Object.keys(input.rules).filter((kpiId) => !kpiIds.has(kpiId));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', `The card has no KPI ${unknown.join(', ')}.`, unknown.map((kpiId) => ({ path: `rules.${kpiId}`, message: 'the card has no such KPI' })), {
      reason: 'payload',
    });
  }
  const rules = Object.fromEntries(Object.entries(input.rules).filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== null));
  return { timeZone: input.timeZone, graceDays: input.graceDays, rules };
}
