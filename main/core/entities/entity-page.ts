import type { EntityArticle, EntityId, EntityPage } from '../../../preload/api';
import { getEntityDetail } from '../../../db/entities';
import {
  countArticlesMentioning,
  countMentionsByMonth,
  listArticlesMentioning,
  listCooccurringEntities,
} from '../../../db/entities-page';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import { listMailOfEntity } from '../../../db/mail';

const HARD_END = /[!?。！？\n]/u;
const MAX_CONTEXT = 280;
const CONTEXTS_PER_ARTICLE = 3;

/** Builds what the entity page shows: the entity, its articles with context, co-occurring entities, and the timeline. */
export function buildEntityPage(db: Db, id: EntityId, limit: number): EntityPage {
  const entity = getEntityDetail(db, id);
  if (!entity) throw new DossierError('NOT_FOUND', `There is no entity ${id} in this library.`);
  const articles: EntityArticle[] = listArticlesMentioning(db, id, limit).map((a) => ({
    id: a.id,
    title: a.title,
    publishedAt: a.publishedAt,
    siteName: a.siteName,
    mentions: a.offsets.length,
    contexts: pickContexts(a.text, a.offsets),
  }));
  const { months, undated } = countMentionsByMonth(db, id);
  return {
    entity,
    articles,
    totalArticles: countArticlesMentioning(db, id),
    cooccurring: listCooccurringEntities(db, id, 20),
    timeline: months,
    undatedMentions: undated,
    ...mailOf(db, id, limit),
  };
}

/** The mails a person sent and received through the addresses among its aliases (none: no `mail`). */
function mailOf(db: Db, id: EntityId, limit: number): Pick<EntityPage, 'mail'> {
  const sent = listMailOfEntity(db, id, 'sent', limit);
  const received = listMailOfEntity(db, id, 'received', limit);
  if (sent.total === 0 && received.total === 0) return {};
  return {
    mail: { sent: sent.messages, sentTotal: sent.total, received: received.messages, receivedTotal: received.total },
  };
}

/** The sentences around the first mentions, one context per sentence. */
export function pickContexts(text: string, offsets: readonly [number, number][]): EntityArticle['contexts'] {
  const contexts: EntityArticle['contexts'] = [];
  let lastSentenceEnd = -1;
  for (const [start, end] of offsets) {
    if (contexts.length >= CONTEXTS_PER_ARTICLE) break;
    if (start < lastSentenceEnd) continue;
    const [from, to] = sentenceAround(text, start, end);
    lastSentenceEnd = to;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    contexts.push({ text: sentence, start: start - from - lead, end: end - from - lead });
  }
  return contexts;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && !endsSentenceAt(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return [from, to];
}

/** A full stop ends a sentence when a space follows and it does not close an initial ("U.S.", "C. C. Wei"). */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (HARD_END.test(c)) return true;
  if (c !== '.') return false;
  if (i + 1 < text.length && !/\s/u.test(text[i + 1]!)) return false;
  const initial = i >= 1 && /\p{Lu}/u.test(text[i - 1]!) && (i < 2 || !/\p{L}/u.test(text[i - 2]!));
  return !initial;
}
