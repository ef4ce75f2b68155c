import type {
  ArticleForReader,
  ArticleId,
  ArticleSummary,
  DossierApi,
  DossierEventName,
  DossierEvents,
  LibraryStats,
} from '../../../preload/api';
import { API_METHODS } from '../../../preload/api';
import { ClientError, type DossierClient } from '../api/client';

/** A fake client for component tests: typed by the contract, backed by plain arrays, no backend. */
export interface FakeClient extends DossierClient {
  /** Pushes an event to the components, as the core would. */
  emit<E extends DossierEventName>(event: E, payload: DossierEvents[E]): void;
  /** Every call made, in order, for assertions. */
  calls: { method: string; args: unknown }[];
}

/** A plausible article summary with the given id. */
export function makeSummary(id: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: id as ArticleId,
    title: `Article number ${id}`,
    byline: 'A. Reporter',
    siteName: 'The Wire',
    publishedAt: '2024-03-12',
    language: 'en',
    excerpt: `Excerpt of article ${id}.`,
    wordCount: 500,
    format: 'html',
    tags: [],
    ...overrides,
  };
}

/** A plausible full article for the reader. */
export function makeArticle(id: number, overrides: Partial<ArticleForReader> = {}): ArticleForReader {
  const summary = makeSummary(id);
  return {
    ...summary,
    publishedAtSource: summary.publishedAt ? 'meta' : null,
    editedFields: [],
    extracted: {},
    url: `https://example.com/news/${id}`,
    canonicalUrl: null,
    text: 'Body text.',
    source: {
      fileName: `article-${id}.html`,
      sha256: 'ab'.repeat(32),
      bytes: 2048,
      importedAt: '2025-01-02T10:00:00Z',
    },
    entities: [],
    notes: 0,
    quotes: 0,
    family: null,
    html: '<p>Body text.</p>',
    ...overrides,
  };
}

const NOT_IN_FAKE = (method: string) => async () => {
  throw new ClientError({ code: 'INTERNAL', message: `${method} is not set up in this fake.` });
};

/** Builds a fake client over `total` generated articles; any method can be overridden. */
export function createFakeClient(
  options: {
    total?: number;
    articles?: ArticleForReader[];
    overrides?: Partial<DossierApi>;
    platform?: 'desktop' | 'browser';
  } = {},
): FakeClient {
  const total = options.articles?.length ?? options.total ?? 0;
  const summaryAt = (index: number): ArticleSummary => options.articles?.[index] ?? makeSummary(index + 1);
  const listeners = new Map<DossierEventName, Set<(payload: unknown) => void>>();
  const calls: FakeClient['calls'] = [];
  const stats: LibraryStats = { articles: total, tags: 0, entities: 0, notes: 0, quotes: 0, bytes: 0 };

  // Every method of the contract exists and fails clearly unless a default or override covers it,
  // so the fake keeps compiling as the contract grows.
  const notSetUp = Object.fromEntries(API_METHODS.map((m) => [m, NOT_IN_FAKE(m)])) as unknown as DossierApi;
  const api: DossierApi = {
    ...notSetUp,
    getLibraryInfo: async () => ({ path: '/fake.sqlite', schemaVersion: 1, appVersion: '0.0.0', stats }),
    getStats: async () => stats,
    listArticles: async ({ limit = 100, offset = 0 }) => {
      const end = Math.min(total, offset + limit);
      return { total, articles: Array.from({ length: Math.max(0, end - offset) }, (_, i) => summaryAt(offset + i)) };
    },
    getArticle: async ({ id }) => {
      const found = options.articles?.find((a) => a.id === id);
      if (found) return found;
      if (id >= 1 && id <= total) return makeArticle(id);
      throw new ClientError({ code: 'NOT_FOUND', message: `There is no article ${id} in this library.` });
    },
    listTags: async () => [],
    listEntities: async () => [],
    listSavedSearches: async () => [],
    listNotes: async () => [],
    prepareImport: async () => undefined,
    ...options.overrides,
  };

  const recorded = Object.fromEntries(
    Object.entries(api).map(([method, fn]) => [
      method,
      (args: unknown) => {
        calls.push({ method, args });
        return (fn as (a: unknown) => Promise<unknown>)(args);
      },
    ]),
  ) as unknown as DossierApi;

  return {
    ...recorded,
    calls,
    platform: options.platform ?? 'browser',
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
