import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { insertOcrJob } from '../../../db/ocr';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { applyOcrPage } from './apply-page';
import { joinCjkSpacing } from './cjk-spacing';

/** A wire story as it is written, and as Tesseract's chi_sim model reads its scan: a space between every two characters. */
const NATIVE = '中国人民银行今天宣布，将下调存款准备金率0.5个百分点。此举旨在支持实体经济。';
const AS_OCR =
  '中 国 人 民 银 行 今 天 宣 布 ， 将 下 调 存 款 准 备 金 率 0.5 个 百 分 点 。\n此 举 旨 在 支 持 实 体 经 济 。';

describe('OCR text in Chinese', () => {
  let core: TestCore | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('drops the spaces between CJK characters only', () => {
    expect(joinCjkSpacing(AS_OCR)).toBe(NATIVE.replace('。此', '。\n此').replace('率0.5个', '率 0.5 个'));
    expect(joinCjkSpacing('使 用 GPS 定 位')).toBe('使用 GPS 定位');
    expect(joinCjkSpacing('東 京 の ニ ュ ー ス')).toBe('東京のニュース');
    // Korean separates words with spaces; English keeps its own.
    expect(joinCjkSpacing('서울 시장 선거')).toBe('서울 시장 선거');
    expect(joinCjkSpacing('The harbour authority')).toBe('The harbour authority');
  });

  it('finds a scanned page by the same queries as the same text imported natively', async () => {
    const c = (core = openTestCore(':memory:'));
    await c.parts.ocr.stop(); // the page's reading is given here, not made by Tesseract
    const native = addTestArticle(c, { title: '降准', text: NATIVE, language: 'zh' });
    const scan = addTestArticle(c, { title: '扫描件', text: '', language: 'zh', format: 'pdf' });
    insertOcrJob(c.db, {
      articleId: scan,
      kind: 'pdf',
      languages: 'chi_sim',
      pages: [null],
      titleFromText: false,
      now: c.context.now(),
    });
    applyOcrPage(c.context, {
      articleId: scan,
      page: 1,
      status: 'done',
      language: 'chi_sim',
      readLanguages: 'chi_sim',
      confidence: 88,
      rotation: 0,
      words: [],
      text: AS_OCR,
      error: null,
    });
    expect((await c.api.getArticle({ id: scan })).text).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    const both = [native, scan].sort((a, b) => a - b);
    const found = async (query: string): Promise<ArticleId[]> =>
      (await c.api.search({ query })).hits.map((h) => h.id).sort((a, b) => a - b);
    for (const query of ['人民银行', '"存款准备金率"', '实体经济', '银', '百分点', '宣布 实体'])
      expect(await found(query), query).toEqual(both);
    expect(await found('人民 银行 今年')).toEqual([]);
  });
});
