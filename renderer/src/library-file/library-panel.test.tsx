// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { LibraryBackup } from '../../../preload/api';
import { ClientError } from '../api/client';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { LibraryFileButton } from './library-file-button';

afterEach(cleanup);

const INFO = {
  path: '/home/ana/Dossier/library.sqlite',
  schemaVersion: 5,
  appVersion: '0.1.0',
  stats: { articles: 29, tags: 4, entities: 61, notes: 3, quotes: 7, bytes: 3 * 1024 * 1024 },
};

function setUp(options: { platform?: 'desktop' | 'browser'; backup?: () => Promise<LibraryBackup> } = {}) {
  const client = createFakeClient({
    platform: options.platform ?? 'browser',
    overrides: {
      getLibraryInfo: async () => INFO,
      backupLibrary:
        options.backup ??
        (async () => ({
          path: '/home/ana/Dossier/backups/library-2026-11-29T01-02-03-004Z.sqlite',
          articles: 29,
          bytes: 3 * 1024 * 1024,
        })),
    },
  });
  renderWithClient(<LibraryFileButton />, client);
  fireEvent.click(screen.getByTestId('sidebar-library-file'));
  return client;
}

describe('library panel', () => {
  it('shows where the library is, what it holds and which versions', async () => {
    setUp();
    const panel = screen.getByTestId('library-panel');
    expect(panel.getAttribute('role')).toBe('dialog');
    expect((await screen.findByTestId('library-info-path')).textContent).toBe('/home/ana/Dossier/library.sqlite');
    expect(screen.getByTestId('library-info-size').textContent).toBe('3.0 MB');
    expect(screen.getByTestId('library-info-counts').textContent).toMatch(
      /29 articles, 4 tags, 61 entities, 3 notes, 7 quotes/,
    );
    expect(screen.getByTestId('library-info-versions').textContent).toMatch(/Schema 5 · Dossier 0\.1\.0/);
  });

  it('backs up on request, with no path from the page, and shows where the copy went', async () => {
    const client = setUp();
    await screen.findByTestId('library-info-path');
    fireEvent.click(screen.getByTestId('library-backup'));
    expect(screen.getByTestId('library-backup').textContent).toBe('Backing up…');
    const result = await screen.findByTestId('library-backup-result');
    expect(result.textContent).toMatch(/Backed up 29 articles \(3\.0 MB\) to/);
    expect(screen.getByTestId('library-backup-path').textContent).toBe(
      '/home/ana/Dossier/backups/library-2026-11-29T01-02-03-004Z.sqlite',
    );
    const call = client.calls.find((c) => c.method === 'backupLibrary');
    expect(call?.args).toBeUndefined();
  });

  it('shows why a backup failed and lets the reporter try again', async () => {
    let attempts = 0;
    setUp({
      backup: async () => {
        attempts += 1;
        if (attempts === 1) throw new ClientError({ code: 'INTERNAL', message: 'The disk is full.' });
        return { path: '/b/library-x.sqlite', articles: 1, bytes: 2048 };
      },
    });
    fireEvent.click(screen.getByTestId('library-backup'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The backup failed.*The disk is full\./);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.getByTestId('library-backup-result').textContent).toMatch(/Backed up 1 article \(2\.0 kB\)/),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains how to restore: the CLI in browser mode, the File menu in the desktop app', async () => {
    setUp({ platform: 'browser' });
    expect(screen.getByTestId('library-restore-hint').textContent).toMatch(/quit and run dossier restore FILE/);
    cleanup();
    setUp({ platform: 'desktop' });
    expect(screen.getByTestId('library-restore-hint').textContent).toMatch(/File › Restore from Backup…/);
  });

  it('closes with Escape', async () => {
    setUp();
    fireEvent.keyDown(screen.getByTestId('library-panel'), { key: 'Escape' });
    expect(screen.queryByTestId('library-panel')).toBeNull();
  });
});
