import type { ApiError, ApiMethod, ApiResult, DossierApi, DossierBridge } from '../../../preload/api';
import { API_METHODS } from '../../../preload/api';

/** An API failure on the renderer side, with the stable code to branch on and a message for people. */
export class ClientError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ClientError';
    this.code = error.code;
  }
}

/**
 * What every component talks to: the API with results unwrapped (failures thrown as
 * ClientError), plus events and the platform facts the UI needs.
 */
export interface DossierClient extends DossierApi {
  readonly platform: DossierBridge['platform'];
  on: DossierBridge['on'];
  /** Desktop only: a dropped File's path, so main imports it by path. */
  pathForFile?: (file: { name: string }) => string;
}

/** Returns the value of a successful result, or throws its error as a ClientError. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ClientError(result.error);
}

/** Builds the typed client over a bridge (IPC in the desktop app, HTTP in browser mode). */
export function createClient(bridge: DossierBridge): DossierClient {
  const methods: Partial<Record<ApiMethod, (args?: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    methods[method] = async (args?: unknown) =>
      unwrapResult(await (bridge.invoke as (m: ApiMethod, a: unknown) => Promise<ApiResult<unknown>>)(method, args));
  }
  const pathForFile = bridge.pathForFile?.bind(bridge);
  // One cast, here: every method in API_METHODS was built above, and API_METHODS is
  // checked against DossierApi at compile time in the contract.
  return {
    ...(methods as unknown as DossierApi),
    platform: bridge.platform,
    on: bridge.on.bind(bridge),
    ...(pathForFile ? { pathForFile } : {}),
  };
}

/** Turns anything thrown into a message fit for an error banner. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
