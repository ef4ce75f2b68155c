import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRIEF_SECTIONS } from '../../../../preload/api';
import type { ServeProcess } from './serve';
import { valueOf } from './serve';
import type { XssVector } from './xss-vectors';

/**
 * Every way text gets into Dossier, each carrying the vectors: files to import (web pages,
 * MHTML, an e-mail's HTML body, Markdown, plain text) and, through browser mode's API, notes,
 * quotes, tag names, entity names, saved-search names and brief titles.
 */

const FILLER =
  'The harbour authority published its audit on Tuesday. Officials said the tender documents had been leaked ' +
  'to reporters before the council meeting, and the ministry asked the regulator to review every contract signed ' +
  'since the election. The figures in the report show a loss of several million over three quarters.';

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${FILLER}</p>${body}<p>${FILLER}</p></article></body></html>`;

/** Writes the import files; returns their paths. */
export function writeVectorFiles(dir: string, vectors: XssVector[]): string[] {
  const paths: string[] = [];
  const put = (name: string, data: string): void => {
    writeFileSync(join(dir, name), data);
    paths.push(join(dir, name));
  };
  for (const v of vectors)
    put(`page-${v.id}.html`, page(`Vector ${v.id} ${v.kind} page`, `<p>Vector ${v.id}:</p>${v.html}`));
  const all = vectors.map((v) => `<p>Vector ${v.id}:</p>${v.html}`).join('\n');
  const html = page('Every vector in a web archive', all);
  put(
    'archive.mhtml',
    [
      'From: <Saved by Blink>',
      'Subject: Every vector in a web archive',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----b"',
      '',
      '------b',
      'Content-Type: text/html',
      'Content-Location: https://news.example/vectors',
      '',
      html,
      '------b--',
      '',
    ].join('\r\n'),
  );
  put(
    'mail.eml',
    [
      'From: Source <source@example.org>',
      'To: Reporter <reporter@example.org>',
      'Subject: Every vector in an e-mail',
      'Date: Tue, 3 Oct 2023 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<html><body><p>${FILLER}</p>${all}</body></html>`,
      '',
    ].join('\r\n'),
  );
  const markdownLinks = vectors
    .slice(0, 10)
    .map(
      (v) =>
        `[md link ${v.id}](javascript:__xss('${v.id}')) <http://canary.invalid/${v.id}> ![img](http://canary.invalid/${v.id}.png)`,
    )
    .join('\n\n');
  put('vectors.md', `# Every vector in Markdown\n\n${FILLER}\n\n${all}\n\n${markdownLinks}\n`);
  put('vectors.txt', `Every vector as plain text\n\n${FILLER}\n\n${vectors.map((v) => v.html).join('\n\n')}\n`);
  return paths;
}

export interface TypedInText {
  notes: number;
  quotes: number;
  tags: number;
  entities: number;
  savedSearches: number;
  briefs: number;
  refused: { where: string; id: string; code: string }[];
  textArticleId: number;
  noteId?: number;
}

/** Puts the vectors in everything a reporter types, through the API the UI uses. */
export async function typeVectorsIn(serve: ServeProcess, vectors: XssVector[]): Promise<TypedInText> {
  const list = valueOf(
    await serve.invoke<{ articles: { id: number; title: string; format: string }[] }>('listArticles', { limit: 500 }),
    'listArticles',
  );
  // The plain-text file keeps the vectors as typed characters, so each one can be quoted as a passage.
  const textArticle = list.articles.find((a) => a.format === 'txt') ?? list.articles[0]!;
  const out: TypedInText = {
    notes: 0,
    quotes: 0,
    tags: 0,
    entities: 0,
    savedSearches: 0,
    briefs: 0,
    refused: [],
    textArticleId: textArticle.id,
  };
  const attempt = async (
    where: keyof Omit<TypedInText, 'refused' | 'textArticleId' | 'noteId'>,
    id: string,
    method: string,
    args: unknown,
  ): Promise<unknown> => {
    const reply = await serve.invoke(method, args);
    if (reply.ok) out[where]++;
    else out.refused.push({ where, id, code: reply.error.code });
    return reply.ok ? reply.value : undefined;
  };
  const links = vectors
    .map((v) => `[note link ${v.id}](javascript:__xss('${v.id}')) http://canary.invalid/${v.id}`)
    .join('\n');
  const note = (await attempt('notes', 'all', 'createNote', {
    articleId: textArticle.id,
    body: `${vectors.map((v) => v.html).join('\n\n')}\n\n${links}`,
  })) as { id: number } | undefined;
  out.noteId = note?.id;
  for (const v of vectors) {
    await attempt('quotes', v.id, 'createQuote', { articleId: textArticle.id, exact: v.html });
    await attempt('tags', v.id, 'tagArticles', { ids: [textArticle.id], tags: [`${v.id} ${v.html}`.slice(0, 200)] });
    await attempt('entities', v.id, 'createEntity', {
      name: `${v.id} ${v.html}`.slice(0, 200),
      type: 'person',
      aliases: [],
    });
    await attempt('savedSearches', v.id, 'saveSearch', { name: `${v.id} ${v.html}`, query: 'harbour' });
  }
  for (const v of vectors.slice(0, 20)) {
    await attempt('briefs', v.id, 'saveBrief', {
      name: `${v.id} ${v.html}`,
      definition: briefDefinition(`${v.id} ${v.html}`, out.noteId),
    });
  }
  return out;
}

export function briefDefinition(title: string, summaryNoteId?: number): unknown {
  return {
    title,
    author: title,
    scope: { kind: 'query', query: 'harbour' },
    sections: [...BRIEF_SECTIONS],
    ...(summaryNoteId !== undefined ? { summaryNoteId } : {}),
  };
}
