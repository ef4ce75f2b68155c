import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleId, EntityId, EntityScanProgress } from '../../../preload/api';
import { listMatchableAliases } from '../../../db/entities';
import { readEntityScanState } from '../../../db/entities-scan';
import { LABELLED_ARTICLES, parseLabelled } from '../../test-support/entities-labelled';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { matchArticles } from './match-article';
import { EntityMatcher } from './matcher';
import { createRescanMatcher } from './rescan-matcher';
import { addTestArticle } from '../../test-support/test-article';

/*
 * The library re-scan in both of its modes. Vitest runs TypeScript sources, where no built worker
 * exists, so these tests build the real worker entry (main/core/entities/rescan-worker.ts) into a temp
 * folder with Vite, as `npm run build` does, and point DOSSIER_ENTITIES_WORKER at it.
 */
const dir = mkdtempSync(join(tmpdir(), 'dossier-rescan-'));
let workerScript = '';
const cores: TestCore[] = [];

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(__dirname, '../../..'),
    build: {
      ssr: true,
      outDir: join(dir, 'worker'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { 'entities-worker': join(__dirname, 'rescan-worker.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  });
  workerScript = join(dir, 'worker', 'entities-worker.cjs');
}, 60_000);

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  delete process.env.DOSSIER_ENTITIES_WORKER;
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = LABELLED_ARTICLES.map((a) => parseLabelled(a.text).text);

/** A library of `count` articles mixing the labelled texts (registry names, unknown names, French and English). */
function openLibraryWith(count: number, path = ':memory:'): { core: TestCore; ids: ArticleId[] } {
  const core = openTestCore(path);
  cores.push(core);
  const ids: ArticleId[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      addTestArticle(core, {
        text: `Dépêche ${i}.\n\n${TEXTS[i % TEXTS.length]}\n\n${TEXTS[(i * 5 + 3) % TEXTS.length]}`,
        language: 'fr',
      }),
    );
  return { core, ids };
}

function useMode(mode: 'worker' | 'in-process'): void {
  process.env.DOSSIER_ENTITIES_WORKER = mode === 'worker' ? workerScript : '';
}

const engineOf = (core: TestCore) => core.parts.entityEngine;

async function idOf(core: TestCore, name: string): Promise<EntityId> {
  const e = (await core.api.listEntities({})).find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e.id;
}

/** Every stored mention by entity name (ids differ between libraries), in a stable order. */
function snapshot(core: TestCore): string[] {
  const rows = core.db
    .prepare(
      `SELECT m.article_id AS a, e.name, e.type, e.status, m.start, m.end, m.alias FROM mentions m JOIN entities e ON e.id = m.entity_id
       ORDER BY m.article_id, m.start, m.end, e.name`,
    )
    .all() as { a: number; name: string; type: string; status: string; start: number; end: number; alias: string }[];
  return rows.map((r) => `${r.a}|${r.name}|${r.type}|${r.status}|${r.start}-${r.end}|${r.alias}`);
}

/** Changes the registry in ways that add, remove and re-attribute mentions and suggestions. */
async function editRegistry(core: TestCore): Promise<void> {
  await core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche', 'dispatch'] });
  await core.api.deleteEntity({ id: await idOf(core, 'Baidu') });
  await core.api.mergeEntities({ sourceId: await idOf(core, 'Tencent'), targetId: await idOf(core, 'Alibaba') });
}

describe('the library re-scan', () => {
  it('gives the same mentions and suggestions in a worker as in-process, and as a fresh import', async () => {
    const results: Record<string, string[]> = {};
    for (const mode of ['worker', 'in-process'] as const) {
      useMode(mode);
      const { core } = openLibraryWith(300);
      await editRegistry(core);
      await engineOf(core).whenIdle();
      expect(engineOf(core).rescanMode).toBe(mode);
      results[mode] = snapshot(core);
    }
    // A library that had the edited registry from the start, its articles matched on import.
    const fresh = openTestCore(':memory:');
    cores.push(fresh);
    await editRegistry(fresh);
    await engineOf(fresh).whenIdle();
    for (let i = 0; i < 300; i++)
      addTestArticle(fresh, {
        text: `Dépêche ${i}.\n\n${TEXTS[i % TEXTS.length]}\n\n${TEXTS[(i * 5 + 3) % TEXTS.length]}`,
        language: 'fr',
      });

    expect(results.worker!.length).toBeGreaterThan(1000);
    expect(results.worker!.some((m) => m.includes('|Dépêche|product|confirmed|'))).toBe(true);
    expect(results.worker!.some((m) => m.includes('|Baidu|organisation|suggested|'))).toBe(true);
    expect(results.worker).toEqual(results['in-process']);
    expect(results.worker).toEqual(snapshot(fresh));
  });

  it('matches off the main thread in worker mode, and reports progress up to the total', async () => {
    const matchedHere = vi.spyOn(EntityMatcher.prototype, 'findMentions');
    for (const mode of ['worker', 'in-process'] as const) {
      useMode(mode);
      const { core } = openLibraryWith(450);
      const progress: EntityScanProgress[] = [];
      core.context.events.on('entities:progress', (p) => progress.push(p));
      matchedHere.mockClear();
      await core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche'] });
      await engineOf(core).whenIdle();
      // Only the worker saw the texts: this thread matched nothing (in-process, it matched all 450).
      expect(matchedHere.mock.calls.length).toBe(mode === 'worker' ? 0 : 450);
      expect(progress[0]).toEqual({ done: 0, total: 450 });
      expect(progress.at(-1)).toEqual({ done: 450, total: 450 });
      expect(progress.map((p) => p.done)).toEqual([0, 100, 200, 300, 400, 450]);
      expect((await core.api.getEntity({ id: await idOf(core, 'Dépêche') })).totalArticles).toBe(450);
    }
  });

  it('keeps the main thread free: the event loop turns between every batch of a 2,000-article scan', async () => {
    useMode('worker');
    const { core } = openLibraryWith(2000);
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turnsAtProgress: number[] = [];
    let lastDone = 0;
    let doneWhenImported = -1;
    core.context.events.on('entities:progress', (p) => {
      turnsAtProgress.push(turns);
      lastDone = p.done;
      // Work arriving during the scan (an import) is served while it runs, not after it.
      if (p.done === 1000) {
        setImmediate(() => {
          addTestArticle(core, { text: 'Late news: Nvidia and SMIC.', language: 'fr' });
          doneWhenImported = lastDone;
        });
      }
    });
    await core.api.createEntity({ name: 'Data centre', type: 'product', aliases: ['data centre'] });
    await engineOf(core).whenIdle();
    ticking = false;
    expect(engineOf(core).rescanMode).toBe('worker');
    expect(turnsAtProgress.length).toBeGreaterThanOrEqual(21);
    for (let i = 1; i < turnsAtProgress.length; i++)
      expect(turnsAtProgress[i]!, `between batches ${i - 1} and ${i}`).toBeGreaterThan(turnsAtProgress[i - 1]!);
    expect(doneWhenImported).toBeGreaterThanOrEqual(1000);
    expect(doneWhenImported).toBeLessThan(2000);
    expect(readEntityScanState(core.db).scannedVersion).toBe(readEntityScanState(core.db).registryVersion);
  });

  it('restarts from the new registry when it changes mid-scan', async () => {
    useMode('worker');
    const { core, ids } = openLibraryWith(400);
    const progress: number[] = [];
    let changed: Promise<unknown> | null = null;
    core.context.events.on('entities:progress', (p) => {
      progress.push(p.done);
      if (p.done === 200 && !changed) {
        changed = core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche'] });
      }
    });
    await core.api.createEntity({ name: 'Data centre', type: 'product', aliases: ['data centre'] });
    await engineOf(core).whenIdle();
    await changed;
    // It went back to the start with the new version and scanned everything again.
    expect(progress).toEqual([0, 100, 200, 0, 100, 200, 300, 400]);
    const depeche = await core.api.getEntity({ id: await idOf(core, 'Dépêche') });
    expect(depeche.totalArticles).toBe(ids.length);
    const state = readEntityScanState(core.db);
    expect(state.scannedVersion).toBe(state.registryVersion);
  });

  it('resumes where it stopped after the library was closed mid-scan', async () => {
    useMode('worker');
    const path = join(dir, 'resume.sqlite');
    const { core } = openLibraryWith(350, path);
    core.context.events.on('entities:progress', (p) => {
      if (p.done === 200) core.close();
    });
    await core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche'] });
    await engineOf(core).whenIdle();

    const reopened = openTestCore(path);
    cores.push(reopened);
    const progress: number[] = [];
    reopened.context.events.on('entities:progress', (p) => progress.push(p.done));
    await engineOf(reopened).whenIdle();
    // Opening resumed the scan at article 201 (its first event, "200 done", went out before we listened).
    expect(progress[0]).toBe(300);
    expect(progress.at(-1)).toBe(350);
    expect((await reopened.api.getEntity({ id: await idOf(reopened, 'Dépêche') })).totalArticles).toBe(350);
  });

  it('skips articles deleted while their batch was being matched', async () => {
    useMode('worker');
    const { core, ids } = openLibraryWith(300);
    let deleting: Promise<unknown> = Promise.resolve();
    core.context.events.on('entities:progress', (p) => {
      // When batch 1 is written, batch 2 (articles 101-200) is already with the worker.
      if (p.done === 100) deleting = core.api.deleteArticle({ id: ids[150]! });
    });
    await core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche'] });
    await engineOf(core).whenIdle();
    await deleting;
    expect((await core.api.getEntity({ id: await idOf(core, 'Dépêche') })).totalArticles).toBe(299);
    expect(core.db.prepare('SELECT count(*) AS n FROM mentions WHERE article_id = ?').get(ids[150]!)).toEqual({
      n: 0,
    });
  });

  it('finishes on the main thread when the worker dies', async () => {
    const broken = join(dir, 'broken-worker.cjs');
    writeFileSync(broken, 'process.exit(3);');
    process.env.DOSSIER_ENTITIES_WORKER = broken;
    const { core } = openLibraryWith(150);
    await core.api.createEntity({ name: 'Dépêche', type: 'product', aliases: ['Dépêche'] });
    await engineOf(core).whenIdle();
    expect(engineOf(core).rescanMode).toBe('in-process');
    expect((await core.api.getEntity({ id: await idOf(core, 'Dépêche') })).totalArticles).toBe(150);
  });

  it('answers each batch with its own articles when several worker threads share the work', async () => {
    const { core, ids } = openLibraryWith(60);
    const aliases = listMatchableAliases(core.db);
    const articles = ids.map((id) => ({
      id,
      text: core.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string,
      language: null,
    }));
    const pool = createRescanMatcher(workerScript, 3);
    try {
      pool.load(aliases);
      const batches = [0, 1, 2, 3, 4, 5].map((k) => articles.slice(k * 10, k * 10 + 10));
      const answers = await Promise.all(batches.map((b) => pool.match(b)));
      const here = new EntityMatcher(aliases);
      expect(answers).toEqual(batches.map((b) => matchArticles(here, b)));
      expect(answers.flat().map((r) => r.id)).toEqual(ids);
    } finally {
      await pool.close();
    }
  });
});
