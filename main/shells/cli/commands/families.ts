import type { ArticleId } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';

export const familiesCommand: CliCommand = {
  name: 'families',
  summary: 'List families of near-identical articles (one story republished by several outlets).',
  usage: 'dossier families [--json]',
  positionals: { min: 0, max: 0, name: 'nothing' },
  async run(input) {
    const api = input.openCore().api;
    const result = await api.listFamilies();
    if (input.json) {
      input.print(JSON.stringify(result));
      return EXIT.ok;
    }
    if (result.families.length === 0) {
      input.print('No families: no article in this library is a near copy of another.');
      return EXIT.ok;
    }
    for (const family of result.families) {
      const detail = await api.getFamily({ articleId: family.originId as ArticleId });
      if (!detail) continue;
      input.print(`Family ${family.id} (${family.articleIds.length} articles)`);
      for (const m of detail.members) {
        const role = m.isOrigin ? 'original' : 'copy    ';
        input.print(`  ${role} #${m.id}  ${m.publishedAt ?? 'undated'}  ${m.siteName ?? '-'}  ${m.title}`);
      }
    }
    return EXIT.ok;
  },
};
