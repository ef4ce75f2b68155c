import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

const idOf = async (name: string): Promise<EntityId> => {
  const all = await core.api.listEntities({});
  const e = all.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e.id;
};
const rescanned = () => core.parts.entityEngine.whenIdle();
const entityNames = async (id: Parameters<TestCore['api']['getArticle']>[0]['id']) =>
  (await core.api.getArticle({ id })).entities.map((e) => e.name);

describe('a new library', () => {
  it('starts with the shipped registry, once', async () => {
    const entities = await core.api.listEntities({});
    expect(entities.length).toBeGreaterThanOrEqual(150);
    for (const e of entities) await core.api.deleteEntity({ id: e.id });
    await rescanned();
    expect(await core.api.listEntities({})).toEqual([]);
    // Building the handlers again (a reopened library) does not bring them back.
    const { createEntitiesCapability } = await import('./handlers');
    createEntitiesCapability(core.context);
    expect(await core.api.listEntities({})).toEqual([]);
  });
});

describe('editing the registry', () => {
  it('finds a newly created entity in articles already in the library', async () => {
    const id = addTestArticle(core, { text: 'Le cabinet McKinsey conseille Nvidia.', language: 'fr' });
    expect(await entityNames(id)).toEqual(['NVIDIA']);
    await core.api.createEntity({
      name: 'McKinsey & Company',
      type: 'organisation',
      aliases: ['McKinsey'],
      description: 'Consulting firm.',
    });
    await rescanned();
    expect((await entityNames(id)).sort()).toEqual(['McKinsey & Company', 'NVIDIA']);
    // The suggestion the finder had made is gone: the name is now known.
    expect((await core.api.listSuggestions({})).map((s) => s.name)).not.toContain('McKinsey');
  });

  it('refuses an alias another entity already uses', async () => {
    await expect(
      core.api.createEntity({ name: 'Team Green', type: 'organisation', aliases: ['nvidia'] }),
    ).rejects.toMatchObject({ code: 'DUPLICATE' });
  });

  it('renames, keeping the old name as an alias, and edits aliases with their case rules', async () => {
    const id = addTestArticle(core, { text: 'Huawei et HiSilicon. Puis HISI.', language: 'fr' });
    const huawei = await idOf('Huawei');
    const renamed = await core.api.updateEntity({ id: huawei, name: 'Huawei Technologies Co.' });
    expect(renamed.name).toBe('Huawei Technologies Co.');
    expect(renamed.aliases.map((a) => a.alias)).toContain('Huawei');
    const hisi = await idOf('HiSilicon');
    const updated = await core.api.updateEntity({
      id: hisi,
      aliases: [{ alias: 'HiSilicon' }, { alias: 'HISI', caseSensitive: true }],
    });
    expect(updated.aliases.find((a) => a.alias === 'HISI')?.caseSensitive).toBe(true);
    await rescanned();
    const mentions = await core.api.getArticleMentions({ id });
    expect(mentions.filter((m) => m.entityId === hisi)).toHaveLength(2);
    expect(mentions.find((m) => m.entityId === huawei)?.name).toBe('Huawei Technologies Co.');
  });

  it('merges two entities: aliases and mentions move, the source disappears', async () => {
    const id = addTestArticle(core, { text: 'Alibaba et Tencent, puis Alibaba.', language: 'fr' });
    const alibaba = await idOf('Alibaba');
    const tencent = await idOf('Tencent');
    const merged = await core.api.mergeEntities({ sourceId: tencent, targetId: alibaba });
    expect(merged.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Tencent', '腾讯']));
    expect(merged.articles).toBe(1);
    await expect(core.api.getEntity({ id: tencent })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await rescanned();
    expect((await core.api.getArticle({ id })).entities).toEqual([
      expect.objectContaining({ name: 'Alibaba', mentions: 3 }),
    ]);
  });

  it('splits an alias off into an entity of its own', async () => {
    const id = addTestArticle(core, { text: 'Facebook et Meta ne font qu’un.', language: 'fr' });
    const meta = await idOf('Meta');
    const facebook = await core.api.splitAlias({ id: meta, alias: 'Facebook', type: 'product' });
    expect(facebook).toMatchObject({ name: 'Facebook', type: 'product' });
    expect((await core.api.getEntity({ id: meta })).entity.aliases.map((a) => a.alias)).not.toContain('Facebook');
    await rescanned();
    expect((await entityNames(id)).sort()).toEqual(['Facebook', 'Meta']);
  });

  it('deletes an entity and its mentions', async () => {
    const id = addTestArticle(core, { text: 'Baidu a annoncé Ernie.', language: 'fr' });
    await core.api.deleteEntity({ id: await idOf('Baidu') });
    await rescanned();
    expect(await entityNames(id)).toEqual(['Ernie Bot']);
  });

  it('re-scans the library with progress events that reach the total', async () => {
    for (let i = 0; i < 250; i++)
      addTestArticle(core, { text: `Article ${i}: SMIC livre des puces à Huawei.`, language: 'fr' });
    const progress: number[] = [];
    core.context.events.on('entities:progress', (p) => progress.push(p.done / p.total));
    await core.api.createEntity({ name: 'Puces', type: 'product', aliases: ['puces'] });
    await rescanned();
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    expect((await core.api.listEntities({ type: 'product' })).find((e) => e.name === 'Puces')?.articles).toBe(250);
  });
});

describe('suggestions', () => {
  it('confirms a suggestion with a type, library-wide', async () => {
    addTestArticle(core, { text: 'Le cabinet Jitwei publie. Selon Jitwei, tout va bien.', language: 'fr' });
    const b = addTestArticle(core, { text: 'Jitwei est une publication chinoise.', language: 'fr' });
    const [jitwei] = (await core.api.listSuggestions({})).filter((s) => s.name === 'Jitwei');
    expect(jitwei).toMatchObject({ mentions: 2, articles: 1 });
    const confirmed = await core.api.confirmSuggestion({ id: jitwei!.id, type: 'organisation' });
    expect(confirmed.status).toBe('confirmed');
    await rescanned();
    // The sentence-initial "Jitwei" of the second article, skipped by the finder, is now found too.
    expect(await entityNames(b)).toEqual(['Jitwei']);
  });

  it('ignores a suggestion for good', async () => {
    addTestArticle(core, { text: 'Le chatbot SenseNova est sorti.', language: 'fr' });
    const [s] = await core.api.listSuggestions({});
    await core.api.ignoreSuggestion({ id: s!.id });
    addTestArticle(core, { text: 'Encore le chatbot SenseNova.', language: 'fr' });
    expect((await core.api.listSuggestions({})).map((x) => x.name)).not.toContain('SenseNova');
  });

  it('merges a suggestion into an existing entity, which then matches the name', async () => {
    const id = addTestArticle(core, { text: 'Le modèle Tongyi Qianwen, un chatbot.', language: 'fr' });
    const [s] = (await core.api.listSuggestions({})).filter((x) => x.name === 'Tongyi Qianwen');
    const alibaba = await idOf('Alibaba');
    await core.api.mergeEntities({ sourceId: s!.id, targetId: alibaba });
    await rescanned();
    expect(await entityNames(id)).toEqual(['Alibaba']);
  });
});

describe('the entity page', () => {
  it('shows articles with the sentence around the mention, co-occurring entities and a timeline', async () => {
    addTestArticle(core, {
      text: 'Intro. NVIDIA vend des A100 à ByteDance. Fin.',
      language: 'fr',
      publishedAt: '2023-08-01',
    });
    addTestArticle(core, {
      text: 'ByteDance achète des H800 à NVIDIA.',
      language: 'fr',
      publishedAt: '2023-09-12T10:00:00Z',
    });
    addTestArticle(core, { text: 'NVIDIA et AMD.', language: 'fr', publishedAt: null });
    const page = await core.api.getEntity({ id: await idOf('NVIDIA') });
    expect(page.totalArticles).toBe(3);
    expect(page.articles[0]!.contexts[0]).toEqual({ text: 'ByteDance achète des H800 à NVIDIA.', start: 28, end: 34 });
    expect(page.articles[1]!.contexts[0]!.text).toBe('NVIDIA vend des A100 à ByteDance.');
    expect(page.cooccurring[0]).toMatchObject({ name: 'ByteDance', articles: 2 });
    expect(page.cooccurring.map((c) => c.name)).toEqual(expect.arrayContaining(['A100', 'H800', 'AMD']));
    expect(page.timeline).toEqual([
      { month: '2023-08', mentions: 1 },
      { month: '2023-09', mentions: 1 },
    ]);
    expect(page.undatedMentions).toBe(1);
  });
});
