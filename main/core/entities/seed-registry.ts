import { countEntitiesAnyStatus, insertAliases, insertEntity } from '../../../db/entities';
import {
  countArticlesAfter,
  markRegistrySeeded,
  markScanComplete,
  readEntityScanState,
  wasRegistrySeeded,
} from '../../../db/entities-scan';
import type { CoreContext } from '../kernel/context';
import type { EntityEngine } from './entity-engine';
import { SEED_REGISTRY, type RegistryEntry } from './registry';
import { writeTransaction } from '../../../db/write-transaction';

/**
 * Fills an empty registry with the shipped one, once per library: a reporter who later deletes
 * every entity does not get them back. Returns true when it seeded.
 */
export function seedRegistryIfEmpty(
  ctx: CoreContext,
  engine: EntityEngine,
  registry: readonly RegistryEntry[] = SEED_REGISTRY,
): boolean {
  const { db } = ctx;
  return writeTransaction(db, (): boolean => {
    if (wasRegistrySeeded(db)) return false;
    markRegistrySeeded(db);
    if (countEntitiesAnyStatus(db) > 0) return false;
    const now = ctx.now();
    for (const entry of registry) {
      const id = insertEntity(
        db,
        { name: entry.name, type: entry.type, description: entry.description, status: 'confirmed' },
        now,
      );
      insertAliases(db, id, entry.aliases);
    }
    engine.markRegistryChanged();
    // A brand-new library has nothing to re-scan; an older one with articles gets a full scan.
    if (countArticlesAfter(db, 0) === 0) markScanComplete(db, readEntityScanState(db).registryVersion);
    return true;
  });
}
