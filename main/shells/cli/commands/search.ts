import { DossierError } from '../../../../preload/contract/errors';
import { EXIT, type CliCommand } from '../command';
import { formatTable } from '../output';

/** Snippet HTML as plain text for a terminal: matches in [brackets], entities decoded. */
function snippetToText(html: string): string {
  return html
    .replace(/<mark>/gu, '[')
    .replace(/<\/mark>/gu, ']')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

function parseCount(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/u.test(value) || !Number.isSafeInteger(n)) {
    throw new DossierError('INVALID_INPUT', `--${name} must be a whole number.`);
  }
  return n;
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: "Full-text search with the app's query language.",
  usage:
    'dossier search QUERY [--from ADDRESS] [--to ADDRESS] [--thread ID] [--limit N] [--offset N] [--sort relevance|date] [--json]',
  help: [
    'Terms are ANDed; OR, NOT / -term, (groups), "exact phrase", prefix*, term~1 (fuzzy),',
    'title: byline: site: fields and tag: entity: lang: format: date:2023-10..2024-03 filters.',
    'E-mail: from: and to: (an address, a domain or a person named in the registry) and thread:',
    '(a conversation: the id of any of its messages); --from, --to and --thread add them.',
    "Matching ignores case and accents and uses each article's language (stemming, stop words).",
  ].join('\n'),
  options: {
    limit: { type: 'string' },
    offset: { type: 'string' },
    sort: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    thread: { type: 'string' },
  },
  positionals: { min: 0, name: 'QUERY' },
  async run(input) {
    const limit = parseCount(input.values.limit, 'limit', 20);
    const offset = parseCount(input.values.offset, 'offset', 0);
    const sort = input.values.sort ?? 'relevance';
    if (sort !== 'relevance' && sort !== 'date')
      throw new DossierError('INVALID_INPUT', '--sort must be "relevance" or "date".');
    const mailFilters = (['from', 'to', 'thread'] as const).flatMap((name) => {
      const value = input.values[name];
      return typeof value === 'string' && value.trim() !== '' ? [`${name}:"${value.replace(/"/gu, '')}"`] : [];
    });
    const query = [...input.positionals, ...mailFilters].join(' ');
    if (query.trim() === '') throw new DossierError('INVALID_INPUT', 'Give a QUERY, or --from, --to or --thread.');
    const result = await input.openCore().api.search({ query, limit, offset, sort });
    if (input.json) {
      const hits = result.hits.map((h) => ({
        id: h.id,
        title: h.title,
        score: h.score,
        snippet: h.snippet,
        publishedAt: h.publishedAt,
        siteName: h.siteName,
      }));
      const noteHits = result.noteHits?.map((n) => ({
        noteId: n.noteId,
        articleId: n.articleId,
        articleTitle: n.articleTitle,
        snippet: n.snippet,
        updatedAt: n.updatedAt,
      }));
      input.print(
        JSON.stringify({
          total: result.total,
          tookMs: result.tookMs,
          hits,
          facets: result.facets,
          ...(result.mailFacets ? { mailFacets: result.mailFacets } : {}),
          ...(noteHits ? { noteHits } : {}),
          ...(result.warning ? { warning: result.warning } : {}),
        }),
      );
      return EXIT.ok;
    }
    if (result.warning) input.warn(`Note: ${result.warning}`);
    const notes = result.noteHits ?? [];
    if (result.total === 0 && notes.length === 0) {
      input.print(`No articles or notes match ${JSON.stringify(query)}.`);
      return EXIT.ok;
    }
    for (const h of result.hits) {
      input.print(
        formatTable(
          ['ID', 'DATE', 'OUTLET', 'TITLE'],
          [[String(h.id), h.publishedAt?.slice(0, 10) ?? '', h.siteName ?? '', h.title]],
        ).split('\n')[1]!,
      );
      input.print(`    ${snippetToText(h.snippet)}`);
    }
    if (result.total > 0 || offset > 0) {
      input.print(
        `(${result.hits.length} of ${result.total} articles in ${result.tookMs} ms${result.total > offset + result.hits.length ? '; use --limit and --offset for more' : ''})`,
      );
    }
    if (notes.length > 0) {
      input.print(`Notes that match (${notes.length}):`);
      for (const n of notes) {
        input.print(
          `  note ${n.noteId} ${n.articleId === null ? '(story note)' : `on ${n.articleId} ${JSON.stringify(n.articleTitle ?? '')}`}`,
        );
        input.print(`    ${snippetToText(n.snippet)}`);
      }
    }
    return EXIT.ok;
  },
};
