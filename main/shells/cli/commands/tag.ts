import type { ArticleId } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';

export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'Add tags to an article, or remove them with --remove.',
  usage: 'dossier tag ID TAG... [--remove] [--json]',
  help: 'Nested tags are written with a slash, e.g. story/bytedance. New tags are created as needed.',
  options: { remove: { type: 'boolean', default: false } },
  positionals: { min: 2, name: 'the article ID and at least one tag' },
  async run(input) {
    const [rawId, ...tags] = input.positionals;
    const id = Number(rawId) as ArticleId;
    const api = input.openCore().api;
    const [result] =
      input.values.remove === true
        ? await api.untagArticles({ ids: [id], tags })
        : await api.tagArticles({ ids: [id], tags });
    if (input.json) input.print(JSON.stringify(result));
    else
      input.print(
        result!.tags.length ? `Article ${id} is tagged: ${result!.tags.join(', ')}` : `Article ${id} has no tags.`,
      );
    return EXIT.ok;
  },
};
