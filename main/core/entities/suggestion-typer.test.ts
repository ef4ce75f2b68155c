import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { findCandidates } from './suggestion-finder';
import { findSuggestionTyper, type SuggestionTyper } from './suggestion-typer';
import { addTestArticle } from '../../test-support/test-article';
import { createRequire } from 'node:module';
import { typeFromTags } from './english-name-typer';

const typed = (text: string, typer: SuggestionTyper | undefined): string[] =>
  findCandidates(text, () => false, typer).map((c) => `${c.name}:${c.type}`);

describe('the English suggestion typer', () => {
  it('types places and people the surrounding words cannot tell apart from companies', () => {
    const text = 'The plant near Kaohsiung will be run by Maria Santos, with tools shipped through Osaka.';
    expect(typed(text, undefined)).toEqual([
      'Kaohsiung:organisation',
      'Maria Santos:organisation',
      'Osaka:organisation',
    ]);
    expect(typed(text, findSuggestionTyper('en'))).toEqual(['Kaohsiung:place', 'Maria Santos:person', 'Osaka:place']);
  });

  it('leaves law words, organisation words, model numbers and titles to the finder', () => {
    const everythingIsAPlace: SuggestionTyper = { typeName: () => 'place' };
    const text =
      'Under the Foreign Investment Act, Harbin Tech bought Lumen X9 chips from a firm run by Mr Dresden Vale and by Kaohsiung.';
    expect(typed(text, everythingIsAPlace)).toEqual([
      'Foreign Investment Act:law',
      'Harbin Tech:organisation',
      'Lumen X9:product',
      'Dresden Vale:person',
      'Kaohsiung:place',
    ]);
  });

  it('keeps the finder’s guess when the typer has no opinion', () => {
    expect(typed('Shares of Lumen Orbit rose.', { typeName: () => null })).toEqual(['Lumen Orbit:organisation']);
  });

  it('reads the same types from the tags as the people, places and organizations views', () => {
    interface Found {
      found: boolean;
    }
    type Doc = Parameters<typeof typeFromTags>[0] & { people(): Found; places(): Found; organizations(): Found };
    const nlp = createRequire(import.meta.url)('compromise') as (text: string) => Doc;
    const names = [
      'Maria Santos',
      'Kaohsiung',
      'Osaka',
      'Goldman Sachs',
      'United Nations',
      'Jensen Huang',
      'Harbin Tech',
    ];
    for (const name of names) {
      const doc = nlp(name);
      const viaViews = doc.people().found
        ? 'person'
        : doc.places().found
          ? 'place'
          : doc.organizations().found
            ? 'organisation'
            : null;
      expect(typeFromTags(doc), name).toBe(viaViews);
    }
  });

  it('applies to English articles only', () => {
    expect(findSuggestionTyper('en')).toBeDefined();
    expect(findSuggestionTyper('en-GB')).toBe(findSuggestionTyper('en'));
    expect(findSuggestionTyper('fr')).toBeUndefined();
    expect(findSuggestionTyper('zh')).toBeUndefined();
    expect(findSuggestionTyper(null)).toBeUndefined();
  });
});

describe('suggestions of an imported article', () => {
  let core: TestCore;
  beforeEach(() => {
    core = openTestCore(':memory:');
  });
  afterEach(() => core.close());

  it('are pre-typed in English and keep the heuristic in French', async () => {
    addTestArticle(core, { text: 'Engineers in Kaohsiung said the line was ready.', language: 'en' });
    addTestArticle(core, { text: 'Les ingénieurs de Wuxi disent que la ligne est prête.', language: 'fr' });
    const types = Object.fromEntries((await core.api.listSuggestions({})).map((s) => [s.name, s.type]));
    expect(types).toMatchObject({ Kaohsiung: 'place', Wuxi: 'organisation' });
  });

  it('are pre-typed the same way by the re-scan that follows a registry change', async () => {
    const osaka = await core.api.createEntity({ name: 'Osaka Works', type: 'organisation', aliases: ['Osaka'] });
    addTestArticle(core, { text: 'Tools were shipped through Osaka last week.', language: 'en' });
    expect((await core.api.listSuggestions({})).map((s) => s.name)).not.toContain('Osaka');
    await core.api.deleteEntity({ id: osaka.id });
    await core.parts.entityEngine.whenIdle();
    const types = Object.fromEntries((await core.api.listSuggestions({})).map((s) => [s.name, s.type]));
    expect(types).toMatchObject({ Osaka: 'place' });
  });
});
