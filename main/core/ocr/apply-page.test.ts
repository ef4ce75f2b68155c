import { afterEach, describe, expect, it } from 'vitest';
import { insertOcrJob } from '../../../db/ocr';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { applyOcrPage, type PageReading } from './apply-page';

describe('storing an OCR page', () => {
  let core: TestCore | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('drops a page read in languages the reporter changed meanwhile; it is read again in the new ones', async () => {
    const c = (core = openTestCore(':memory:'));
    await c.parts.ocr.stop(); // readings are given here, not made by Tesseract
    const id = addTestArticle(c, { title: 'fax', text: '', format: 'pdf' });
    insertOcrJob(c.db, { articleId: id, kind: 'pdf', languages: 'eng', pages: [null], titleFromText: false, now: '' });
    const reading = (language: string): PageReading => ({
      articleId: id,
      page: 1,
      status: 'done',
      language,
      readLanguages: language,
      confidence: 90,
      rotation: 0,
      words: [],
      text: 'Le conseil s’est réuni mardi.',
      error: null,
    });
    // The reporter picks French while page 1 is being read in English.
    await c.api.retryOcr({ id, languages: 'fra+eng' });
    expect(applyOcrPage(c.context, reading('eng'))).toBeNull();
    expect((await c.api.getArticleOcr({ id }))?.pageList[0]).toMatchObject({ status: 'pending' });
    expect(applyOcrPage(c.context, reading('fra+eng'))).toMatchObject({ status: 'done' });
    expect((await c.api.getArticle({ id })).text).toBe('Le conseil s’est réuni mardi.');
  });
});
