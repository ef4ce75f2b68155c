import { useEffect, useState } from 'react';
import { ENTITY_TYPES } from '../../../preload/api';
import type { TypeColors } from './build-graph';

export interface NetworkColors {
  types: TypeColors;
  label: string;
  edge: string;
  selected: string;
  dimmed: string;
  background: string;
}

/** Reads the theme's network colours (custom properties in network.css), which sigma needs as values. */
function readColors(): NetworkColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, v(`--network-${t}`, '#777777')])) as TypeColors,
    label: v('--fg', '#1d1d1f'),
    edge: v('--network-edge', '#8888886e'),
    selected: v('--network-selected', '#d9480f'),
    dimmed: v('--network-dimmed', '#cccccc'),
    background: v('--bg-pane', '#ffffff'),
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
