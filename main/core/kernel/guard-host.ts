import { translateStorageError } from '../../../db/write-transaction';
import { DossierError } from '../../../preload/contract/errors';
import type { Logger } from './dispatch';
import type { HostApi } from './host-api';

/**
 * Wraps every host method so its failures reach the shell exactly as an API call's would: a
 * DossierError passes through with its code; anything else is logged with its stack and becomes
 * INTERNAL with a short message, so no raw error (with paths and SQL) is shown to a reporter.
 */
export function guardHost(host: HostApi, log: Logger): HostApi {
  const guarded = {} as Record<keyof HostApi, (args: never) => Promise<unknown>>;
  for (const name of Object.keys(host) as (keyof HostApi)[]) {
    const method = host[name] as (args: unknown) => Promise<unknown>;
    guarded[name] = async (args: unknown) => {
      try {
        return await method.call(host, args);
      } catch (thrown) {
        const err = translateStorageError(thrown);
        if (err instanceof DossierError) throw err;
        log(`host ${name} failed`, err);
        throw new DossierError(
          'INTERNAL',
          'Something went wrong inside Dossier. The details were written to the log.',
          {
            cause: err,
          },
        );
      }
    };
  }
  return guarded as unknown as HostApi;
}
