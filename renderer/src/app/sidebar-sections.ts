import type { ComponentType } from 'react';
import { EntitiesSection } from '../library/entities-section';
import { EntityToolsSection } from '../entities/entity-tools-section';
import { LibrarySection } from '../library/library-section';
import { ResearchSection } from '../research/research-section';
import { BriefSidebarSection } from '../brief/brief-section';
import { TagTreeSection } from '../research/tag-tree-section';
import { SavedSearchesSection } from '../search/saved-searches-section';
import { NetworkSection } from '../network/network-section';
import { SettingsSection } from '../settings/settings-section';

/**
 * The sidebar, top to bottom. A capability adds its section (notes, quotes, briefs...) by
 * adding one line here; each section reads navigation and data on its own.
 */
export const SIDEBAR_SECTIONS: { id: string; Component: ComponentType }[] = [
  { id: 'library', Component: LibrarySection },
  { id: 'research', Component: ResearchSection },
  { id: 'brief', Component: BriefSidebarSection },
  { id: 'tags', Component: TagTreeSection },
  { id: 'entities', Component: EntitiesSection },
  { id: 'entity-tools', Component: EntityToolsSection },
  { id: 'network', Component: NetworkSection },
  { id: 'saved-searches', Component: SavedSearchesSection },
  { id: 'settings', Component: SettingsSection },
];
