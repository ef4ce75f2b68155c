import type { ArticleId } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'Show what changed, word by word, from one article to another (e.g. an original and its copy).',
  usage: 'dossier diff ID1 ID2 [--json]',
  help: 'Text only in ID2 is shown as {+added+}, text only in ID1 as [-removed-].',
  positionals: { min: 2, max: 2, name: 'two article IDs' },
  async run(input) {
    const [baseId, otherId] = input.positionals.map((p) => Number(p) as ArticleId);
    const diff = await input.openCore().api.diffArticles({ baseId: baseId!, otherId: otherId! });
    if (input.json) {
      input.print(JSON.stringify(diff));
      return EXIT.ok;
    }
    if (diff.headline.changed) {
      input.print(`Headline: [-${diff.headline.base}-] {+${diff.headline.other}+}`);
    } else {
      input.print(`Headline: ${diff.headline.base} (unchanged)`);
    }
    input.print(`${diff.addedWords} words added, ${diff.removedWords} removed.`);
    input.print('');
    const body = diff.body
      .map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
      .join('');
    for (const line of body.split('\n')) input.print(line);
    return EXIT.ok;
  },
};
