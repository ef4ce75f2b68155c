import type { ArticleToFingerprint } from '../../../db/families';
import type { TermAnalyzer } from '../search/languages';
import { fingerprintText, type Fingerprint } from './fingerprint';

/** Messages between the families backfill and its worker (out/main/families-worker.js). */
export interface FingerprintRequest {
  id: number;
  articles: ArticleToFingerprint[];
}

export type FingerprintReply =
  | { id: number; ok: true; fingerprints: (Fingerprint & { articleId: number })[] }
  | { id: number; ok: false; message: string };

export function fingerprintArticles(
  analyzer: TermAnalyzer,
  articles: readonly ArticleToFingerprint[],
): (Fingerprint & { articleId: number })[] {
  return articles.map((a) => ({ articleId: a.id, ...fingerprintText(analyzer, a.text, a.language) }));
}
