import { afterEach, describe, expect, it } from 'vitest';
import { PrematchState } from '../entities/prematch';
import type { PreparedArticleWork } from '../kernel/article-hooks';
import { storeArticle } from '../library/store-article';
import { normalizedTextHash } from '../library/text-hash';
import { fingerprintText } from '../families/fingerprint';
import { prepareArticleIndex, workerTermAnalyzer } from '../search/analyze';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import type { ParsedArticle } from './types';

/**
 * Parse workers do the article hooks' pure work (entity matching, search analysis, fingerprints, the
 * text's duplicate hash) and send it with the article. What ends up in the library must be exactly
 * what the hooks would have written themselves, and matches made with a registry that has since
 * changed must not be used.
 */
const TEXT = `Chip export licences suspended

NVIDIA and AMD said on Tuesday that the United States had suspended licences for accelerator chips bound for China. Baidu and Alibaba declined to comment.

Analysts at Morrowfield Capital said the decision would hit Jitwei Labs, a start-up in Shenzhen run by Tanvir Okonkwo.`;

const article: ParsedArticle = {
  title: 'Chip export licences suspended',
  byline: 'Ana Ruiz',
  siteName: null,
  publishedAt: null,
  language: 'en',
  url: null,
  canonicalUrl: null,
  excerpt: null,
  html: '<p>x</p>',
  text: TEXT,
  wordCount: 60,
  format: 'txt',
  metadata: {},
};

function store(core: TestCore, prepared?: PreparedArticleWork) {
  const outcome = storeArticle(core.context, {
    article,
    source: { fileName: 'chips.txt', content: Buffer.from(TEXT) },
    ...(prepared ? { prepared } : {}),
  });
  if (outcome.status !== 'imported') throw new Error('not stored');
  return outcome.id;
}

/** What the library holds about the one article: mentions, suggestions, postings. */
function written(core: TestCore) {
  return {
    mentions: core.db
      .prepare(
        'SELECT e.name, e.type, e.status, m.start, m."end", m.alias FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.start, e.name',
      )
      .all(),
    fts: core.db.prepare('SELECT title, byline, body FROM search_fts').all(),
    docs: core.db.prepare('SELECT language FROM search_docs').all(),
    vocab: core.db.prepare('SELECT term, docs FROM search_vocab ORDER BY term').all(),
    bands: core.db.prepare('SELECT key FROM family_bands ORDER BY key').all(),
    textHashes: core.db.prepare('SELECT text_hash FROM articles').all(),
  };
}

/** What a parse worker sends: its own matcher, built from the registry the pool gave it. */
function workerPrepared(core: TestCore): PreparedArticleWork {
  const snapshot = core.parts.entityEngine.registrySnapshot();
  const worker = new PrematchState();
  worker.load(snapshot);
  const entities = worker.match(snapshot.version, article.text, article.language);
  return {
    search: prepareArticleIndex(article),
    families: fingerprintText(workerTermAnalyzer(), article.text, article.language),
    textHash: normalizedTextHash(article.text),
    ...(entities ? { entities } : {}),
  };
}

describe('work prepared by a parse worker', () => {
  const cores: TestCore[] = [];
  const open = (): TestCore => {
    const core = openTestCore(':memory:');
    cores.push(core);
    return core;
  };
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
  });

  it('stores the same mentions, suggestions, search postings, family bands and text hash as the hooks compute themselves', () => {
    const byHooks = open();
    store(byHooks);
    const byWorker = open();
    store(byWorker, workerPrepared(byWorker));
    const expected = written(byHooks);
    expect(expected.mentions.length).toBeGreaterThan(3);
    expect(expected.bands.length).toBeGreaterThan(0);
    expect(written(byWorker)).toEqual(expected);
  });

  it('stores the text hash the worker sent, so a re-save of the article is found by it', () => {
    const core = open();
    const sent = 'f'.repeat(64);
    store(core, { textHash: sent });
    expect(written(core).textHashes).toEqual([{ text_hash: sent }]);
    const copy = storeArticle(core.context, {
      article: { ...article, text: 'x' },
      source: { fileName: 'copy.txt', content: Buffer.from('another file') },
      prepared: { textHash: sent },
    });
    expect(copy.status).toBe('duplicate');
  });

  it('is not used when the registry changed after the worker matched: the article is matched again', async () => {
    const core = open();
    const stale = workerPrepared(core);
    // The reporter adds an entity while the file is being parsed.
    await core.api.createEntity({ name: 'Morrowfield Capital', type: 'organisation' });
    store(core, stale);
    expect(written(core).mentions).toContainEqual(
      expect.objectContaining({ name: 'Morrowfield Capital', status: 'confirmed' }),
    );
  });
});
