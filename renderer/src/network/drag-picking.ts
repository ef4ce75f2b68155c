/** The drag rule for sigma's picking pass, apart from the programs (which need WebGL to load) so it can be tested. */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './build-graph';

/**
 * True while the reporter drags the canvas: the button is down and has moved far enough that the
 * release will not count as a click (sigma's own `draggedEventsTolerance`), so no click can read
 * the picking buffers drawn meanwhile.
 */
export function isDraggingCanvas(renderer: Sigma<NodeAttributes, EdgeAttributes>): boolean {
  const captor = renderer.getMouseCaptor();
  return captor.isMouseDown && captor.draggedEvents >= renderer.getSetting('draggedEventsTolerance');
}

/** What a sigma program holds that the drag versions below switch: its picking pass and its renderer. */
export interface PickingProgram {
  pickProgram: unknown;
  renderer: Sigma<NodeAttributes, EdgeAttributes>;
}

/**
 * Draws with the program's picking pass left out while the canvas is dragged. sigma draws every
 * node and link twice a frame: once on screen and once, in id colours, into the buffers it reads
 * to find what is under the pointer. Nothing is hovered or clicked during a drag (the hover
 * look-up waits for the button, network-canvas.tsx), and under software WebGL that second pass
 * was a third of the GPU work of a pan frame; the canvas draws it again when the button is up.
 */
export function drawSkippingPicking(program: PickingProgram, draw: () => void): void {
  const pick = program.pickProgram;
  if (pick && isDraggingCanvas(program.renderer)) program.pickProgram = null;
  try {
    draw();
  } finally {
    program.pickProgram = pick;
  }
}
