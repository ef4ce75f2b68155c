import { describe, expect, it } from 'vitest';
import { drawSkippingPicking, type PickingProgram } from './drag-picking';

/** A program whose renderer's mouse is down and has moved `moved` events (sigma's tolerance: 3). */
function program(down: boolean, moved: number): PickingProgram {
  const renderer = {
    getMouseCaptor: () => ({ isMouseDown: down, draggedEvents: moved }),
    getSetting: (name: string) => (name === 'draggedEventsTolerance' ? 3 : undefined),
  };
  return { pickProgram: { name: 'picking' }, renderer: renderer as unknown as PickingProgram['renderer'] };
}

describe('the picking pass during a drag', () => {
  it('is left out while the canvas is dragged, and back for the next frame', () => {
    const dragged = program(true, 5);
    const pick = dragged.pickProgram;
    let seen: unknown = 'not drawn';
    drawSkippingPicking(dragged, () => (seen = dragged.pickProgram));
    expect(seen).toBeNull();
    expect(dragged.pickProgram).toBe(pick);
  });

  it('is drawn when the button is up, or before the move is a drag (a click still picks)', () => {
    for (const still of [program(false, 0), program(true, 1)]) {
      let seen: unknown = null;
      drawSkippingPicking(still, () => (seen = still.pickProgram));
      expect(seen).toEqual({ name: 'picking' });
    }
  });

  it('is put back even when drawing throws', () => {
    const dragged = program(true, 9);
    const pick = dragged.pickProgram;
    expect(() =>
      drawSkippingPicking(dragged, () => {
        throw new Error('context lost');
      }),
    ).toThrow('context lost');
    expect(dragged.pickProgram).toBe(pick);
  });
});
