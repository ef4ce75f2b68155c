import type { EntityType } from '../../../preload/api';

export const ENTITY_TYPE_SINGULAR: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  product: 'Product',
  law: 'Law or regulation',
};
