import { findAliasOwners, findEntityByNameAndType, insertAliases, insertEntity } from '../../../db/entities';
import { bumpRegistryVersion } from '../../../db/entities-scan';
import { writeTransaction } from '../../../db/write-transaction';
import type { CoreContext } from '../kernel/context';
import type { MailParts } from './mail-parts';

/** Senders and recipients met during one import: address → display name (null when the header had none). */
export type MailPeople = Map<string, string | null>;

/** Notes a message's sender and recipients; the first display name seen for an address wins. */
export function notePeople(people: MailPeople, parts: Pick<MailParts, 'people'>): void {
  for (const p of [...parts.people.from, ...parts.people.to, ...parts.people.cc]) {
    const name = cleanName(p.name);
    if (!people.has(p.address) || (people.get(p.address) === null && name !== null)) people.set(p.address, name);
  }
}

/** A display name worth naming an entity after: no quotes, no address, single spaces. */
function cleanName(name: string | null): string | null {
  const clean = name
    ?.replace(/^['"]+|['"]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return clean && !clean.includes('@') ? clean : null;
}

/**
 * Makes every sender and recipient a person entity with the address as an alias, so the entity
 * page lists the mails they sent and received. An address some entity already has is left to
 * it; a name already in the registry as a person gets the address as one more alias. Only the
 * address is matched in texts (a display name such as "Ed" would match everywhere). Returns how
 * many entities were created or given an address.
 */
export function recordMailPeople(ctx: CoreContext, people: MailPeople): number {
  if (people.size === 0) return 0;
  const { db } = ctx;
  const changed = writeTransaction(db, () => {
    let count = 0;
    for (const [address, name] of people) {
      if (findAliasOwners(db, address, null).length > 0) continue;
      const label = name ?? address;
      const alias = { alias: address, language: null, caseSensitive: false };
      const existing = findEntityByNameAndType(db, label, 'person');
      const id =
        existing ?? insertEntity(db, { name: label, type: 'person', description: '', status: 'confirmed' }, ctx.now());
      insertAliases(db, id, [alias]);
      count++;
    }
    if (count > 0) bumpRegistryVersion(db);
    return count;
  });
  people.clear();
  // The entities capability re-scans the library for the new aliases; windows reload their lists.
  if (changed > 0) ctx.events.emit('library:changed', { reason: 'entities-changed' });
  return changed;
}
