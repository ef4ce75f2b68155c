import type { TFunction } from 'i18next';
import type { ArticleForReader, EditableArticleField, MetadataSource } from '../../../preload/api';

/** Where a date came from, as the info panel says it. */
export function describeDateSource(t: TFunction, source: MetadataSource | null): string {
  switch (source) {
    case 'json-ld':
      return t('reader.dateSource.jsonLd');
    case 'meta':
      return t('reader.dateSource.meta');
    case 'pdf-metadata':
      return t('reader.dateSource.pdf');
    case 'docx-metadata':
      return t('reader.dateSource.docx');
    case 'email-header':
      return t('reader.dateSource.email');
    case 'text':
      return t('reader.dateSource.text');
    case 'user':
      return t('reader.dateSource.user');
    default:
      return t('reader.dateSource.unknown');
  }
}

/** "edited (the file said “…”)" for a corrected field; null when the value is the extracted one. */
export function describeEdit(t: TFunction, article: ArticleForReader, field: EditableArticleField): string | null {
  if (!article.editedFields.includes(field)) return null;
  const was = article.extracted[field];
  return was ? t('reader.editedWas', { was }) : t('reader.editedNone');
}
