import { LAWS } from './laws';
import { ORGANISATIONS } from './organisations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import { PRODUCTS } from './products';
import type { RegistryEntry } from './types';

export type { RegistryEntry } from './types';

/** The registry Dossier ships for the chip and AI trade beat, seeded into every new library. */
export const SEED_REGISTRY: readonly RegistryEntry[] = [...ORGANISATIONS, ...PEOPLE, ...PLACES, ...PRODUCTS, ...LAWS];
