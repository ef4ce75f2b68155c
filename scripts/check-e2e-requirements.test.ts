import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, 'check-e2e-requirements.mjs');

function check(chromium: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT], {
    env: { ...process.env, DOSSIER_CHROMIUM: chromium },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

describe('the end-to-end requirements check', () => {
  it('stops at once with one paragraph naming what is missing, the apt line and DOSSIER_CHROMIUM', () => {
    const missing = check('/nonexistent');
    expect(missing.status).toBe(1);
    const paragraphs = missing.stderr.trim().split('\n');
    expect(paragraphs).toHaveLength(1);
    expect(missing.stderr).toContain('DOSSIER_CHROMIUM is set to /nonexistent');
    expect(missing.stderr).toContain('apt-get install -y chromium poppler-utils fonts-noto-core fonts-noto-cjk');
    expect(missing.stderr).toMatch(/set DOSSIER_CHROMIUM to its path/);
  });

  it('refuses a path that is not an executable file', () => {
    expect(check(__dirname).status).toBe(1);
    expect(check(SCRIPT).status).toBe(1);
  });

  it('lets the tests run when the Chromium it names can be run', () => {
    const present = check(process.execPath);
    expect(present.status).toBe(0);
    expect(present.stderr).not.toContain('cannot run');
  });
});
