import { describe, expect, it } from 'vitest';
import { opaqueOver, parseCssColor } from './opaque-color';

describe('opaqueOver', () => {
  it('blends a translucent link colour over the pane, so it cannot come out brighter than the pane', () => {
    // The light theme's link grey at 40% over white: a mid-light grey, not white.
    expect(opaqueOver('#8a8a9466', '#ffffff')).toBe('#d0d0d4');
    // The dark theme's link grey at 36% over a near-black pane: darker than the grey itself.
    expect(opaqueOver('#9a9aa45c', '#19191b')).toBe('#48484c');
  });

  it('leaves opaque colours as they are, in every written form', () => {
    expect(opaqueOver('#2f6fd0', '#000000')).toBe('#2f6fd0');
    expect(opaqueOver('#abc', '#000000')).toBe('#aabbcc');
    expect(opaqueOver('rgb(47, 111, 208)', '#ffffff')).toBe('#2f6fd0');
  });

  it('reads short hex with alpha and rgba() in both syntaxes', () => {
    expect(opaqueOver('#0008', '#ffffff')).toBe('#777777');
    expect(opaqueOver('rgba(0, 0, 0, 0.5)', '#ffffff')).toBe('#808080');
    expect(opaqueOver('rgb(0 0 0 / 50%)', '#ffffff')).toBe('#808080');
  });

  it('returns a colour it cannot read unchanged, and reads an unreadable background as white', () => {
    expect(opaqueOver('steelblue', '#ffffff')).toBe('steelblue');
    expect(opaqueOver('#00000080', 'oklch(0.9 0 0)')).toBe('#7f7f7f');
    expect(parseCssColor('#12345')).toBeNull();
    expect(parseCssColor('rgb(1, 2)')).toBeNull();
  });
});
