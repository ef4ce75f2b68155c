import { describe, expect, it } from 'vitest';
import { findCandidates } from './suggestion-finder';

const names = (text: string, covered: [number, number][] = []): string[] =>
  findCandidates(text, (s, e) => covered.some(([a, b]) => s < b && e > a)).map((c) => `${c.name}:${c.type}`);

describe('the suggestion finder', () => {
  it('finds capitalised phrases mid-sentence, in English and French', () => {
    expect(names('Shares of Shanghai Micro Electronics rose, said Morgan Stanley analysts.')).toEqual([
      'Shanghai Micro Electronics:organisation',
      'Morgan Stanley:organisation',
    ]);
    expect(names('Le cabinet de conseil McKinsey estime que la Banque de France a tort.')).toEqual([
      'McKinsey:organisation',
      'Banque de France:organisation',
    ]);
  });

  it('skips sentence-initial words, generic acronyms, months and money words', () => {
    expect(names('Cette semaine, le marché de l’IA bouge. Attention au GPU. In January the Dollar fell.')).toEqual([]);
  });

  it('keeps a name that starts a sentence when it is more than one word and not an ordinary word', () => {
    expect(names('Gina Raimondo said so. Chez Nous, rien.')).toEqual(['Gina Raimondo:person']);
  });

  it('strips elisions and possessives', () => {
    expect(names("les puces d’Innolux et Foxconn's plants")).toEqual(['Innolux:organisation', 'Foxconn:organisation']);
  });

  it('reads capitals beyond ASCII, after an elision too, and not a lower-case accented word', () => {
    expect(
      names("la visite à l’Élysée des patrons de Škoda, d’Øresund Group et d'Ürümqi Tech ; une économie 5G."),
    ).toEqual(['Élysée:organisation', 'Škoda:organisation', 'Øresund Group:organisation', 'Ürümqi Tech:organisation']);
  });

  it('guesses people, laws and products from the words around the name', () => {
    expect(names('a meeting with Mr Wang Wei and the Chip Security Act about the Zephyr X9')).toEqual([
      'Wang Wei:person',
      'Chip Security Act:law',
      'Zephyr X9:product',
    ]);
  });

  it('leaves out parts covered by registry mentions', () => {
    expect(names('les chatbots Ernie et SenseNova', [[13, 18]])).toEqual(['SenseNova:organisation']);
  });
});
