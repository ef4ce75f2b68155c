import { ENTITY_TYPES, type EntityType } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';
import { formatTable } from '../output';

export const entitiesCommand: CliCommand = {
  name: 'entities',
  summary: 'List the entity registry with the number of articles mentioning each entity.',
  usage: `dossier entities [--type ${ENTITY_TYPES.join('|')}] [--json]`,
  help: 'Entities come from the registry shipped with Dossier plus the ones you add or confirm in the app.\nSuggestions the finder made but nobody confirmed are not listed.',
  options: { type: { type: 'string' } },
  async run(input) {
    const type = input.values.type;
    if (type !== undefined && (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type))) {
      input.warn(`dossier entities: --type must be one of ${ENTITY_TYPES.join(', ')}.`);
      return EXIT.usage;
    }
    const entities = await input.openCore().api.listEntities({ type: type as EntityType | undefined });
    if (input.json) {
      input.print(
        JSON.stringify({
          entities: entities.map(({ id, name, type: t, aliases, articles }) => ({
            id,
            name,
            type: t,
            aliases,
            articles,
          })),
        }),
      );
      return EXIT.ok;
    }
    if (entities.length === 0) {
      input.print(type ? `No ${type} entities in this library.` : 'The entity registry is empty.');
      return EXIT.ok;
    }
    const rows = entities.map((e) => [
      String(e.id),
      e.type,
      e.name,
      String(e.articles),
      e.aliases.filter((a) => a !== e.name).join(', '),
    ]);
    input.print(formatTable(['ID', 'TYPE', 'NAME', 'ARTICLES', 'ALIASES'], rows));
    return EXIT.ok;
  },
};
