import type { ArticleId, MetadataSource } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';
import { formatBytes } from '../output';

/** Where a date came from, as the plain output says it. */
function describeDateSource(source: MetadataSource | null): string {
  if (source === null) return '';
  if (source === 'pdf-metadata') return ' (document date, from the PDF metadata)';
  if (source === 'docx-metadata') return ' (document date, from the Word file properties)';
  if (source === 'user') return ' (edited)';
  return ` (from ${source})`;
}

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Show one article: metadata, provenance and text.',
  usage: 'dossier show ID [--json]',
  positionals: { min: 1, max: 1, name: 'the article ID' },
  async run(input) {
    const id = Number(input.positionals[0]) as ArticleId;
    // The reader's HTML stays out of the CLI's Article shape (CLI.md); `text` carries the body.
    const { html: _html, ...article } = await input.openCore().api.getArticle({ id });
    if (input.json) {
      input.print(JSON.stringify(article));
      return EXIT.ok;
    }
    const line = (label: string, value: string | null | undefined): void => {
      if (value) input.print(`${label.padEnd(10)} ${value}`);
    };
    input.print(article.title);
    input.print('='.repeat(Math.min(article.title.length, 80)));
    line('By', article.byline);
    line('Outlet', article.siteName);
    line('Published', article.publishedAt && `${article.publishedAt}${describeDateSource(article.publishedAtSource)}`);
    line('Language', article.language);
    line('Edited', article.editedFields.join(', '));
    line('URL', article.canonicalUrl ?? article.url);
    line('Tags', article.tags.join(', '));
    line('Entities', article.entities.map((e) => e.name).join(', '));
    line(
      'Source',
      `${article.source.fileName} (${formatBytes(article.source.bytes)}, ${article.format}), imported ${article.source.importedAt}`,
    );
    line('SHA-256', article.source.sha256);
    input.print('');
    input.print(article.text);
    return EXIT.ok;
  },
};
