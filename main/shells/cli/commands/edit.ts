import type { ArticleId, ArticleMetadataChanges, EditableArticleField } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';

/** The CLI's short names for the editable fields (the options' names). */
const FIELD_OF_OPTION: Record<string, EditableArticleField> = {
  title: 'title',
  byline: 'byline',
  site: 'siteName',
  date: 'publishedAt',
  lang: 'language',
};
const OPTION_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_OPTION).map(([o, f]) => [f, o]));

export const editCommand: CliCommand = {
  name: 'edit',
  summary: "Correct an article's title, byline, outlet, date or language (kept apart from what the file said).",
  usage: 'dossier edit ID [--title T] [--byline B] [--site S] [--date YYYY-MM-DD] [--lang L] [--revert FIELD] [--json]',
  help: [
    'Each option sets one field; an empty value ("") clears a byline, outlet, date or language. The extracted',
    'values are kept: --revert title|byline|site|date|lang (repeatable) puts one back. Edits are re-indexed at',
    'once and survive re-imports and entity re-scans. --lang takes a BCP 47 tag such as en, fr or pt-BR.',
  ].join('\n'),
  options: {
    title: { type: 'string' },
    byline: { type: 'string' },
    site: { type: 'string' },
    date: { type: 'string' },
    lang: { type: 'string' },
    revert: { type: 'string', multiple: true },
  },
  positionals: { min: 1, max: 1, name: 'the article ID' },
  async run(input) {
    const id = Number(input.positionals[0]) as ArticleId;
    const changes: ArticleMetadataChanges = {};
    const set = changes as Record<string, string>;
    for (const [option, field] of Object.entries(FIELD_OF_OPTION)) {
      const value = input.values[option];
      if (typeof value === 'string') set[field] = value;
    }
    const reverts = input.values.revert;
    if (Array.isArray(reverts)) {
      changes.revert = [];
      for (const name of reverts) {
        const field = FIELD_OF_OPTION[String(name)];
        if (field === undefined) {
          input.warn(
            `dossier edit: cannot revert "${String(name)}". Use one of: ${Object.keys(FIELD_OF_OPTION).join(', ')}.`,
          );
          return EXIT.usage;
        }
        changes.revert.push(field);
      }
    }
    if (Object.keys(changes).length === 0) {
      input.warn(`dossier edit: nothing to change. Usage: ${editCommand.usage}`);
      return EXIT.usage;
    }
    const { html: _html, ...article } = await input.openCore().api.updateArticleMetadata({ id, changes });
    if (input.json) {
      input.print(JSON.stringify(article));
      return EXIT.ok;
    }
    const edited = article.editedFields.map((f) => OPTION_OF_FIELD[f] ?? f).join(', ');
    input.print(`Updated article ${article.id}: ${article.title}`);
    input.print(edited ? `Edited fields: ${edited}` : 'No field is edited now: every value is the extracted one.');
    return EXIT.ok;
  },
};
