import type { TFunction } from 'i18next';
import type { EntityType } from '../../../preload/api';

/** "Person", "Organisation"…: one entity's type (keys entities.type.<type>). */
export function entityTypeName(t: TFunction, type: EntityType): string {
  return t(`entities.type.${type}`);
}

/** "People", "Organisations"…: the heading of a group of entities of one type (keys entities.group.<type>). */
export function entityTypeGroup(t: TFunction, type: EntityType): string {
  return t(`entities.group.${type}`);
}
