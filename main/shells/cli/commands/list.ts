import { EXIT, type CliCommand } from '../command';
import { formatTable } from '../output';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List articles, newest first.',
  usage: 'dossier list [--tag T] [--limit N] [--offset N] [--json]',
  options: { tag: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } },
  async run(input) {
    const limit = input.values.limit === undefined ? 50 : Number(input.values.limit);
    const offset = input.values.offset === undefined ? 0 : Number(input.values.offset);
    const tag = typeof input.values.tag === 'string' ? input.values.tag : undefined;
    const page = await input.openCore().api.listArticles({ tag, limit, offset });
    if (input.json) {
      input.print(JSON.stringify(page));
      return EXIT.ok;
    }
    if (page.total === 0) {
      input.print(
        tag ? `No articles are tagged "${tag}".` : 'The library is empty. Import files with: dossier import PATH...',
      );
      return EXIT.ok;
    }
    const rows = page.articles.map((a) => [String(a.id), a.publishedAt?.slice(0, 10) ?? '', a.siteName ?? '', a.title]);
    input.print(formatTable(['ID', 'DATE', 'OUTLET', 'TITLE'], rows));
    if (page.total > page.articles.length)
      input.print(`(${page.articles.length} of ${page.total}; use --limit and --offset for more)`);
    return EXIT.ok;
  },
};
