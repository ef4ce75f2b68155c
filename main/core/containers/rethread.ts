import { listAllMailHeaders, saveThreadIds } from '../../../db/mail';
import { writeTransaction } from '../../../db/write-transaction';
import type { CoreContext } from '../kernel/context';
import { threadMessages } from './threading';

/**
 * Threads every stored message again: a reply imported today can join, or give a parent to, a
 * conversation imported last week. Run once per import batch that stored mail, not per message.
 */
export function rethreadLibrary(ctx: CoreContext): void {
  const { threadOf } = threadMessages(listAllMailHeaders(ctx.db));
  writeTransaction(ctx.db, () => saveThreadIds(ctx.db, threadOf));
}
