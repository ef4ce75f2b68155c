import type { ArticleForReader, EditableArticleField, MetadataSource } from '../../../preload/api';

/** Where a date came from, as the info panel says it. */
export function describeDateSource(source: MetadataSource | null): string {
  switch (source) {
    case 'json-ld':
      return 'from the page’s JSON-LD';
    case 'meta':
      return 'from the page’s meta tags';
    case 'pdf-metadata':
      return 'document date (PDF metadata): the day the file was made, not necessarily the story’s';
    case 'docx-metadata':
      return 'document date (Word file properties): the day the file was made, not necessarily the story’s';
    case 'email-header':
      return 'from the e-mail’s Date header';
    case 'text':
      return 'found in the text';
    case 'user':
      return 'edited';
    default:
      return 'source not recorded';
  }
}

/** "edited (the file said “…”)" for a corrected field; null when the value is the extracted one. */
export function describeEdit(article: ArticleForReader, field: EditableArticleField): string | null {
  if (!article.editedFields.includes(field)) return null;
  const was = article.extracted[field];
  return was ? `edited (the file said “${was}”)` : 'edited (the file gave none)';
}
