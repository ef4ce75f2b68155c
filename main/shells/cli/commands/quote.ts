import { QUOTE_STATUSES, type ArticleId, type QuoteStatus } from '../../../../preload/api';
import { EXIT, type CliCommand, type CommandInput } from '../command';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

async function addQuote(input: CommandInput, args: string[]): Promise<number> {
  const text = str(input.values.text);
  if (args.length !== 1 || text === undefined) {
    input.warn('dossier quote add: give the article ID and the passage. Usage: dossier quote add ID --text PASSAGE');
    return EXIT.usage;
  }
  const quote = await input.openCore().api.createQuote({ articleId: Number(args[0]) as ArticleId, exact: text });
  if (input.json) input.print(JSON.stringify(quote));
  else if (quote.alreadyQuoted) input.print(`Already quoted: quote ${quote.id}.\n${quote.formatted.plain}`);
  else input.print(`Added quote ${quote.id}.\n${quote.formatted.plain}`);
  return EXIT.ok;
}

async function listQuotes(input: CommandInput, args: string[]): Promise<number> {
  const status = str(input.values.status);
  if (args.length > 0 || (status !== undefined && !(QUOTE_STATUSES as readonly string[]).includes(status))) {
    input.warn(
      `dossier quote list: usage: dossier quote list [--tag T] [--entity E] [--status ${QUOTE_STATUSES.join('|')}]`,
    );
    return EXIT.usage;
  }
  const article = str(input.values.article);
  const quotes = await input.openCore().api.listQuotes({
    tag: str(input.values.tag),
    entity: str(input.values.entity),
    status: status as QuoteStatus | undefined,
    articleId: article === undefined ? undefined : (Number(article) as ArticleId),
  });
  if (input.json) input.print(JSON.stringify(quotes));
  else if (quotes.length === 0) input.print('No quotes match.');
  else {
    for (const q of quotes) {
      const flags = [
        q.status.replace(/_/g, ' '),
        q.anchorStatus === 'orphaned' ? 'ORPHANED: passage no longer in the article' : '',
      ]
        .filter(Boolean)
        .join(', ');
      input.print(`[${q.id}] (${flags}) ${q.formatted.plain}`);
    }
  }
  return EXIT.ok;
}

export const quoteCommand: CliCommand = {
  name: 'quote',
  summary: 'Take an exact quote from an article with its citation, or list quotes.',
  usage: 'dossier quote add ID --text PASSAGE | dossier quote list [--tag T] [--entity E] [--status S] [--json]',
  help: 'The passage must appear in the article (spacing may differ); otherwise nothing is stored and the exit code is 1.',
  options: {
    text: { type: 'string' },
    tag: { type: 'string' },
    entity: { type: 'string' },
    status: { type: 'string' },
    article: { type: 'string' },
  },
  positionals: { min: 1, name: 'a subcommand (add or list)' },
  async run(input) {
    const [sub, ...args] = input.positionals;
    if (sub === 'add') return addQuote(input, args);
    if (sub === 'list') return listQuotes(input, args);
    input.warn(
      `dossier quote: unknown subcommand "${sub}". Usage: dossier quote add ID --text PASSAGE | dossier quote list`,
    );
    return EXIT.usage;
  },
};
