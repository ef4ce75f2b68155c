import type { CoreContext } from '../kernel/context';
import type { HostApi } from '../kernel/host-api';
import { loadDemoLibrary } from './load-demo';

/** Loading the demo library: the desktop app's first start and `dossier init --demo`. */
export function createDemoHost(ctx: CoreContext): Pick<HostApi, 'loadDemo'> {
  return {
    async loadDemo() {
      return loadDemoLibrary(ctx);
    },
  };
}
