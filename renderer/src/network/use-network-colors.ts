import { useEffect, useState } from 'react';
import { ENTITY_TYPES } from '../../../preload/api';
import type { TypeColors } from './build-graph';
import { opaqueOver } from './opaque-color';

export interface NetworkColors {
  types: TypeColors;
  label: string;
  edge: string;
  selected: string;
  dimmed: string;
  background: string;
}

/**
 * Reads the theme's network colours (custom properties in network.css), which sigma needs as values.
 * Those sigma draws in WebGL are made opaque over the pane (see opaque-color.ts for why).
 */
function readColors(): NetworkColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const background = v('--bg-pane', '#ffffff');
  const drawn = (name: string, fallback: string) => opaqueOver(v(name, fallback), background);
  return {
    types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, drawn(`--network-${t}`, '#777777')])) as TypeColors,
    label: v('--fg', '#1d1d1f'),
    edge: drawn('--network-edge', '#8888886e'),
    selected: drawn('--network-selected', '#d9480f'),
    dimmed: drawn('--network-dimmed', '#cccccc'),
    background,
  };
}

/** The network colours of the current theme, read again when the system theme changes. */
export function useNetworkColors(): NetworkColors {
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(readColors());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return colors;
}
