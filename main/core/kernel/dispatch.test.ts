import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from './context';
import { dispatch } from './dispatch';
import { openCore } from './open-core';

describe('dispatch', () => {
  it('wraps a value as {ok: true, value}', async () => {
    const core = openCore(':memory:');
    const result = await dispatch(core.api, 'listArticles', { limit: 5 });
    expect(result).toEqual({ ok: true, value: { total: 0, articles: [] } });
    core.close();
  });

  it('refuses unknown methods and non-object arguments as data', async () => {
    const core = openCore(':memory:');
    expect(await dispatch(core.api, 'dropDatabase', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch(core.api, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(core.api, 'listArticles', [1, 2])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await dispatch(core.api, 'getArticle', { id: 'DROP TABLE' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    core.close();
  });

  it('turns core errors into their code and unknown errors into INTERNAL without leaking details', async () => {
    const core = openCore(':memory:');
    expect(await dispatch(core.api, 'getArticle', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const logged: unknown[] = [];
    const broken = {
      ...core.api,
      getStats: async () => {
        throw new Error('disk I/O error at /secret/path');
      },
    };
    const result = await dispatch(broken, 'getStats', {}, (_m, err) => logged.push(err));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logged).toHaveLength(1);
    core.close();
  });
});

describe('APP_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
