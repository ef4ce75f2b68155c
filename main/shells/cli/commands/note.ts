import type { ArticleId, NoteSummary } from '../../../../preload/api';
import { EXIT, type CliCommand, type CommandInput } from '../command';

function printNote(input: CommandInput, note: NoteSummary): void {
  const on = note.articleId === null ? 'free note' : `article ${note.articleId}: ${note.articleTitle ?? ''}`;
  input.print(`# Note ${note.id} (${on}), updated ${note.updatedAt}`);
  input.print(note.body);
}

async function addNote(input: CommandInput, args: string[]): Promise<number> {
  // "note add TEXT" is a free note; "note add ID TEXT..." a note on article ID.
  const onArticle = args.length >= 2 && /^\d+$/.test(args[0]!);
  const articleId = onArticle ? (Number(args[0]) as ArticleId) : null;
  const body = (onArticle ? args.slice(1) : args).join(' ');
  if (body.trim() === '') {
    input.warn('dossier note add: the note is empty. Usage: dossier note add [ID] TEXT');
    return EXIT.usage;
  }
  const day = input.values.day;
  const eventDate = typeof day === 'string' ? day : null;
  const note = await input.openCore().api.createNote({ articleId, body, eventDate });
  if (input.json) input.print(JSON.stringify(note));
  else {
    const on = articleId === null ? ' (free note)' : ` to article ${articleId}`;
    input.print(`Added note ${note.id}${on}${eventDate ? `, a key date on ${eventDate}` : ''}.`);
  }
  return EXIT.ok;
}

async function listNotes(input: CommandInput, args: string[]): Promise<number> {
  if (args.length > 1) {
    input.warn('dossier note list: too many arguments. Usage: dossier note list [ID]');
    return EXIT.usage;
  }
  const articleId = args[0] === undefined ? undefined : (Number(args[0]) as ArticleId);
  const notes = await input.openCore().api.listNotes({ articleId });
  if (input.json) input.print(JSON.stringify(notes));
  else if (notes.length === 0)
    input.print(articleId === undefined ? 'There are no notes yet.' : `Article ${articleId} has no notes.`);
  else notes.forEach((n, i) => (i && input.print(''), printNote(input, n)));
  return EXIT.ok;
}

export const noteCommand: CliCommand = {
  name: 'note',
  summary: 'Add a Markdown note to an article (or a free note), or list notes.',
  usage: 'dossier note add [ID] TEXT [--day YYYY-MM-DD] | dossier note list [ID] [--json]',
  help: [
    'Without an ID, "note add" makes a free-standing note and "note list" lists every note.',
    '--day makes the note a key date of the story: it shows on the timeline (`dossier timeline`).',
  ].join('\n'),
  options: { day: { type: 'string' } },
  positionals: { min: 1, name: 'a subcommand (add or list)' },
  async run(input) {
    const [sub, ...args] = input.positionals;
    if (sub === 'add') return addNote(input, args);
    if (sub === 'list') return listNotes(input, args);
    input.warn(`dossier note: unknown subcommand "${sub}". Usage: dossier note add [ID] TEXT | dossier note list [ID]`);
    return EXIT.usage;
  },
};
