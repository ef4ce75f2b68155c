import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  TIMELINE_GROUPINGS,
  type EntityId,
  type Timeline,
  type TimelineGrouping,
  type TimelineScope,
} from '../../../../preload/api';
import { DossierError } from '../../../../preload/contract/errors';
import { EXIT, type CliCommand, type CommandInput } from '../command';

function pickScope(input: CommandInput): TimelineScope {
  const { tag, entity, query } = input.values;
  const given = [tag, entity, query].filter((v) => typeof v === 'string');
  if (given.length > 1) throw new DossierError('INVALID_INPUT', 'Give one of --tag, --entity or --query, not several.');
  if (typeof tag === 'string') return { kind: 'tag', tag };
  if (typeof query === 'string') return { kind: 'query', query };
  if (typeof entity === 'string') {
    const id = Number(entity);
    if (!Number.isSafeInteger(id) || id < 1)
      throw new DossierError('INVALID_INPUT', '--entity must be an entity id (see `dossier entities`).');
    return { kind: 'entity', id: id as EntityId };
  }
  return { kind: 'library' };
}

function pickGrouping(input: CommandInput): TimelineGrouping {
  const by = input.values.by;
  if (by === undefined) return 'outlet';
  if (typeof by !== 'string' || !(TIMELINE_GROUPINGS as readonly string[]).includes(by))
    throw new DossierError('INVALID_INPUT', `--by must be one of ${TIMELINE_GROUPINGS.join(', ')}.`);
  return by as TimelineGrouping;
}

/** The timeline as text: one line per article or key date, oldest first, the way a reporter reads a chronology. */
function printChronology(input: CommandInput, timeline: Timeline): void {
  const rows = [
    ...timeline.marks.map((m) => ({
      day: m.publishedAt.slice(0, 10),
      line: `  #${m.articleId}  ${m.outlet ?? '-'}  ${m.title}${m.documentDate ? '  (document date)' : ''}`,
    })),
    ...timeline.events.map((e) => ({ day: e.date, line: `  key date: ${e.label}` })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  if (rows.length === 0) input.print('Nothing to draw: no article in this scope has a date, and no note has a day.');
  for (const r of rows) input.print(`${r.day}${r.line}`);
  if (timeline.undated > 0)
    input.print(`${timeline.undated} undated article${timeline.undated === 1 ? '' : 's'} not shown.`);
}

export const timelineCommand: CliCommand = {
  name: 'timeline',
  summary: "Print the story's chronology (articles by date, with key dates), or draw it as SVG or PNG.",
  usage: 'dossier timeline [--tag T | --entity ID | --query Q] [--by outlet|tag] [--out FILE.svg|FILE.png] [--json]',
  help: [
    'Without a scope: the whole library. Key dates are notes given a day (`dossier note` or the app).',
    '--out draws the picture the app exports (the format follows the extension); --lang en|fr sets its words.',
    '--json prints {"scope","groupBy","lanes","marks","events","undated"}.',
  ].join('\n'),
  options: {
    tag: { type: 'string' },
    entity: { type: 'string' },
    query: { type: 'string' },
    by: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: { min: 0, max: 0, name: 'nothing' },
  async run(input) {
    const scope = pickScope(input);
    const groupBy = pickGrouping(input);
    const out = input.values.out;
    if (out !== undefined) {
      if (typeof out !== 'string' || !out) throw new DossierError('INVALID_INPUT', '--out needs a file name.');
      const ext = extname(out).slice(1).toLowerCase();
      if (ext !== 'svg' && ext !== 'png')
        throw new DossierError(
          'INVALID_INPUT',
          '--out must end in .svg or .png (the picture is drawn in that format).',
        );
      const lang = input.values.lang;
      const image = await input.openCore().api.exportTimeline({
        scope,
        groupBy,
        format: ext,
        ...(typeof lang === 'string' ? { language: lang } : {}),
      });
      const path = resolve(out);
      writeFileSync(path, Buffer.from(image.base64, 'base64'));
      if (input.json) input.print(JSON.stringify({ out: path, format: ext }));
      else input.print(`Timeline drawn to ${path}`);
      return EXIT.ok;
    }
    const timeline = await input.openCore().api.getTimeline({ scope, groupBy });
    if (input.json) input.print(JSON.stringify(timeline));
    else printChronology(input, timeline);
    return EXIT.ok;
  },
};
