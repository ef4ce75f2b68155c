import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './build-graph';
import { drawSkippingPicking } from './drag-picking';

export class NodeCircleDragProgram extends NodeCircleProgram<NodeAttributes, EdgeAttributes> {
  override render(params: RenderParams): void {
    drawSkippingPicking(this, () => super.render(params));
  }
}

export class EdgeRectangleDragProgram extends EdgeRectangleProgram<NodeAttributes, EdgeAttributes> {
  override render(params: RenderParams): void {
    drawSkippingPicking(this, () => super.render(params));
  }
}

export class EdgeLineDragProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes> {
  override render(params: RenderParams): void {
    drawSkippingPicking(this, () => super.render(params));
  }
}
