import { kvs } from '@forge/kvs';
import { webTrigger } from '@forge/api';
import { z } from 'zod';
import { feedUserPath, type FeedSecrets, type FeedUrls } from '../../core/ports/feed-secrets';

const secretKey = (cardId: string, version: number): string => `feed-secret:${cardId}:${version}`;
const StoredSecret = z.object({ secret: z.string().min(32) });

/** Feed secrets in Forge secret storage (encrypted at rest, never returned by a query). */
export class ForgeFeedSecrets implements FeedSecrets {
  async get(cardId: string, version: number): Promise<string | null> {
    const raw = await kvs.getSecret<unknown>(secretKey(cardId, version));
    const parsed = StoredSecret.safeParse(raw);
    return parsed.success ? parsed.data.secret : null;
  }

  async set(cardId: string, version: number, secret: string): Promise<void> {
    await kvs.setSecret(secretKey(cardId, version), { secret });
  }

  async delete(cardId: string, version: number): Promise<void> {
    await kvs.deleteSecret(secretKey(cardId, version));
  }
}

/** The manifest's `webtrigger` key of the KPI feed. */
export const KPI_FEED_WEBTRIGGER = 'kpi-feed';

/** One URL per installation (webTrigger.getUrl is stable); the card rides in its suffix. */
export class ForgeFeedUrls implements FeedUrls {
  async urlFor(cardId: string): Promise<string> {
    const base = await webTrigger.getUrl(KPI_FEED_WEBTRIGGER);
    return `${base.replace(/\/+$/, '')}${feedUserPath(cardId)}`;
  }
}
