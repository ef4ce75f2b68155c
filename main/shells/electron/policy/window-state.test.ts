import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, fitWindowState, parseWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 876 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a well-formed state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 900, height: 700, maximized: true })).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: true,
    });
    expect(parseWindowState({ width: 900, height: 700, maximized: false })).toEqual({
      width: 900,
      height: 700,
      maximized: false,
    });
  });

  it('rejects hand-edited or truncated files', () => {
    for (const bad of [
      null,
      [],
      'x',
      {},
      { width: '900', height: 700, maximized: false },
      { width: 900, height: 700 },
      { width: -1, height: 700, maximized: false },
      { width: 1e12, height: 700, maximized: false },
      { width: 900.5, height: 700, maximized: false },
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('fitWindowState', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(fitWindowState(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('keeps a position that is on a connected display', () => {
    expect(fitWindowState({ x: 2000, y: 100, width: 1200, height: 800, maximized: false }, [laptop, external])).toEqual(
      { x: 2000, y: 100, width: 1200, height: 800, maximized: false },
    );
  });

  it('drops the position when the display it was on is unplugged', () => {
    const fitted = fitWindowState({ x: 2000, y: 100, width: 1200, height: 800, maximized: true }, [laptop]);
    expect(fitted.x).toBeUndefined();
    expect(fitted).toMatchObject({ width: 1200, height: 800, maximized: true });
  });

  it('pulls a half-visible window fully onto its display and shrinks it to fit', () => {
    const fitted = fitWindowState({ x: 1000, y: 500, width: 3000, height: 2000, maximized: false }, [laptop]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1440, height: 876, maximized: false });
  });

  it('never goes below the minimum size', () => {
    const fitted = fitWindowState({ width: 100, height: 50, maximized: false }, [laptop]);
    expect(fitted).toMatchObject(MIN_WINDOW_SIZE);
  });
});
