import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { openTestCore } from '../../test-support/open-test-core';

describe('search: a library from before the search index', () => {
  it('indexes its articles on the first search, then deletes keep the index in step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-catch-up-'));
    try {
      const path = join(dir, 'library.sqlite');
      const v1 = new Database(path);
      v1.pragma('foreign_keys = ON');
      migrate(v1, MIGRATIONS.slice(0, 1));
      const now = '2024-05-01T10:00:00.000Z';
      const add = v1.transaction((id: number, title: string, text: string, language: string) => {
        v1.prepare(
          "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
        ).run(id, `sha-${id}`, `${id}.html`, now);
        v1.prepare(
          `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
           VALUES (?, ?, ?, '<p>x</p>', ?, 5, 'html', ?, ?, ?, ?)`,
        ).run(id, id, title, text, `hash-${id}`, language, now, now);
      });
      add(1, 'Export controls', 'Washington restricted chip exports.', 'en');
      add(2, 'Cartes', 'Les cartes graphiques sont rares.', 'fr');
      v1.close();

      const core = openTestCore(path);
      try {
        expect((await core.api.search({ query: 'restrictions' })).hits.map((h) => h.id)).toEqual([1]);
        expect((await core.api.search({ query: 'carte graphique' })).hits.map((h) => h.id)).toEqual([2]);
        // The vocabulary was filled too, so fuzzy terms expand against the caught-up articles.
        expect((await core.api.search({ query: 'washingtn~1' })).hits.map((h) => h.id)).toEqual([1]);
        await core.api.deleteArticle({ id: 1 as ArticleId });
        expect((await core.api.search({ query: 'restrictions' })).total).toBe(0);
      } finally {
        core.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
