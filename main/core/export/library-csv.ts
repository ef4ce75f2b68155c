import type { LibraryJson } from './library-json';

/**
 * One CSV field: always quoted, quotes doubled. A leading = + - @ (or tab/CR) gets an apostrophe,
 * so a spreadsheet never runs a headline as a formula (CSV injection).
 */
export function toCsvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((r) => r.map(toCsvField).join(',')).join('\r\n') + '\r\n';
}

/** The three CSV files (articles, entities, quotes) of an export, UTF-8 with a BOM so spreadsheets read accents. */
export function buildLibraryCsv(data: LibraryJson): Record<'articles.csv' | 'entities.csv' | 'quotes.csv', string> {
  const BOM = '\uFEFF';
  const articles = toCsv(
    [
      'id',
      'title',
      'byline',
      'site_name',
      'published_at',
      'published_at_source',
      'language',
      'url',
      'word_count',
      'format',
      'tags',
      'notes',
      'quotes',
      'file_name',
      'bytes',
      'sha256',
      'collected_at',
      'edited_fields',
    ],
    data.articles.map((a) => [
      a.id,
      a.title,
      a.byline,
      a.siteName,
      a.publishedAt,
      a.publishedAtSource ?? null,
      a.language,
      a.canonicalUrl ?? a.url,
      a.wordCount,
      a.format,
      a.tags,
      a.notes.length,
      a.quotes.length,
      a.source.fileName,
      a.source.bytes,
      a.source.sha256,
      a.source.importedAt,
      (a.edits ?? []).map((e) => e.field),
    ]),
  );
  const counts = new Map<string, Set<number>>();
  for (const a of data.articles)
    for (const m of a.mentions) {
      const key = `${m.entity}\u0000${m.type}`;
      counts.set(key, (counts.get(key) ?? new Set()).add(a.id));
    }
  const entities = toCsv(
    ['name', 'type', 'status', 'aliases', 'articles'],
    data.entities.map((e) => [
      e.name,
      e.type,
      e.status,
      e.aliases.map((x) => x.alias),
      counts.get(`${e.name}\u0000${e.type}`)?.size ?? 0,
    ]),
  );
  const quotes = toCsv(
    ['article_id', 'headline', 'exact', 'status', 'outlet', 'author', 'published_at', 'url', 'collected_at', 'sha256'],
    data.articles.flatMap((a) =>
      a.quotes.map((q) => [
        a.id,
        a.title,
        q.exact,
        q.status,
        a.siteName,
        a.byline,
        a.publishedAt,
        a.canonicalUrl ?? a.url,
        a.source.importedAt,
        a.source.sha256,
      ]),
    ),
  );
  return { 'articles.csv': BOM + articles, 'entities.csv': BOM + entities, 'quotes.csv': BOM + quotes };
}
