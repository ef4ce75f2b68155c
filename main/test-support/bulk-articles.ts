import type { ArticleId, EntityId } from '../../preload/api';
import { insertArticle } from '../../db/articles';
import { insertMentions, type NewMention } from '../../db/entities-mentions';
import { setMemberFamily } from '../../db/families';
import { insertSource } from '../../db/sources';
import { addTagToArticle, ensureTag } from '../../db/tags';
import { writeTransaction } from '../../db/write-transaction';
import { normalizedTextHash, sha256Hex } from '../core/library/text-hash';
import type { TestCore } from './open-test-core';

/** An article for a bulk build, with the mentions its builder already knows (offsets into `text`). */
export interface BulkArticle {
  title: string;
  text: string;
  publishedAt: string | null;
  tags: readonly string[];
  mentions: readonly { entityId: EntityId; start: number; end: number }[];
}

/**
 * Writes many synthetic articles in one transaction (source, article, tags, mentions) through db/,
 * without the article hooks. A benchmark library of 50,000 articles through `addTestArticle`
 * (one transaction and every hook per article) takes the better part of an hour here; this takes
 * seconds. The search index is left to the app's own catch-up (`SearchIndex.catchUp`, on the first
 * search). Each article is marked as fingerprinted and in no family: synthetic articles share
 * sentences, so the near-copy finder would compare each with thousands of others (the backfill of
 * a 50,000-article build had done 30,000 after 12 minutes under load), and no benchmark using this
 * measures families. Only for benchmark libraries: nothing checks duplicates, and the mentions are
 * taken as given.
 */
export function addBulkArticles(core: TestCore, articles: readonly BulkArticle[]): ArticleId[] {
  const { db } = core;
  return writeTransaction(db, () => {
    const now = core.context.now();
    const tagIds = new Map<string, ReturnType<typeof ensureTag>>();
    return articles.map((a) => {
      const content = Buffer.from(`${a.title}\n${a.text}`);
      const sourceId = insertSource(db, {
        sha256: sha256Hex(content),
        fileName: `${a.title.toLowerCase().replace(/\W+/g, '-')}.html`,
        content,
        importedAt: now,
      });
      const id = insertArticle(
        db,
        sourceId,
        {
          title: a.title,
          byline: null,
          siteName: null,
          publishedAt: a.publishedAt,
          language: 'en',
          url: null,
          canonicalUrl: null,
          excerpt: null,
          html: `<p>${a.text}</p>`,
          text: a.text,
          wordCount: a.text.split(/\s+/u).length,
          format: 'html',
          metadata: {},
          textHash: normalizedTextHash(a.text),
        },
        now,
      );
      for (const tag of a.tags) {
        if (!tagIds.has(tag)) tagIds.set(tag, ensureTag(db, tag, now));
        addTagToArticle(db, id, tagIds.get(tag)!);
      }
      const mentions: NewMention[] = a.mentions.map((m) => ({ ...m, alias: a.text.slice(m.start, m.end) }));
      insertMentions(db, id, mentions);
      setMemberFamily(db, id, null);
      return id;
    });
  });
}
