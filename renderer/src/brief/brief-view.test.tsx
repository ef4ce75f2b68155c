// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BriefDefinition, BriefFile, TagId } from '../../../preload/api';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { BriefView } from './brief-view';

afterEach(cleanup);

function setup() {
  const previews: BriefDefinition[] = [];
  const client = createFakeClient({
    overrides: {
      listTags: async () => [{ id: 1 as TagId, name: 'chips', color: null, articles: 3 }],
      listBriefs: async () => [],
      previewBrief: async ({ definition }) => {
        previews.push(definition);
        return {
          html: `<!doctype html><html><head><style>h1{color:red}</style></head><body><h1>${definition.title}</h1><img src="https://tracker.example/x.png"><p onclick="alert(1)">Sections: ${definition.sections.join(',')}</p></body></html>`,
          articles: 3,
          quotes: 1,
        };
      },
      exportBrief: async ({ format }): Promise<BriefFile> => ({
        fileName: `brief.${format}`,
        mimeType: 'application/pdf',
        format,
        base64: btoa('%PDF-1.4'),
        articles: 3,
        pages: 4,
      }),
    },
  });
  renderWithClient(<BriefView />, client);
  return { client, previews };
}

const lastPreview = (previews: BriefDefinition[]) => previews[previews.length - 1]!;

describe('BriefView', () => {
  it('previews the brief of the first tag with every section, in a sanitized shadow root', async () => {
    const { previews } = setup();
    await waitFor(() => expect(screen.getByTestId('brief-preview-info').textContent).toBe('3 articles · 1 quote'));
    expect(lastPreview(previews)).toMatchObject({
      scope: { kind: 'tag', tag: 'chips' },
      sections: ['title', 'summary', 'quotes', 'digest', 'entities', 'timeline', 'sources'],
    });
    const root = screen.getByTestId('brief-preview').shadowRoot!;
    expect(root.querySelector('h1')?.textContent).toBe('Research brief');
    expect(root.querySelector('img, style, [onclick]')).toBeNull();
  });

  it('sends the sections switched on, in the order chosen', async () => {
    const { previews } = setup();
    await waitFor(() => expect(previews.length).toBeGreaterThan(0));
    const timeline = screen.getAllByTestId('brief-section').find((el) => el.dataset.section === 'timeline')!;
    fireEvent.click(within(timeline).getByTestId('brief-section-toggle'));
    const sources = screen.getAllByTestId('brief-section').find((el) => el.dataset.section === 'sources')!;
    fireEvent.click(within(sources).getByTestId('brief-section-up'));
    await waitFor(() =>
      expect(lastPreview(previews).sections).toEqual(['title', 'summary', 'quotes', 'digest', 'entities', 'sources']),
    );
  });

  it('exports a PDF as a download and reports the page count', async () => {
    const { client } = setup();
    const createObjectURL = vi.fn(() => 'blob:fake');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await waitFor(() => expect((screen.getByTestId('brief-export-pdf') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('brief-export-pdf'));
    await waitFor(() =>
      expect(screen.getByTestId('brief-export-status').textContent).toBe('Exported brief.pdf: 3 articles, 4 pages.'),
    );
    expect(client.calls.find((c) => c.method === 'exportBrief')?.args).toMatchObject({
      format: 'pdf',
      definition: { scope: { tag: 'chips' } },
    });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
