import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ClientProvider } from '../api/client-context';
import '../i18n/i18n';
import { NavigationProvider } from '../app/navigation';
import type { FakeClient } from './fake-client';

/** Renders UI inside the providers the app uses, with a fake client. */
export function renderWithClient(ui: ReactElement, client: FakeClient) {
  return render(
    <ClientProvider client={client}>
      <NavigationProvider>{ui}</NavigationProvider>
    </ClientProvider>,
  );
}

/**
 * jsdom lays nothing out, so a virtualized list would see a 0-pixel viewport and render no
 * rows. Give elements a window-sized box for the duration of a test file.
 */
export function giveElementsASize(width = 1024, height = 700): () => void {
  const proto = HTMLElement.prototype;
  const rect = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect');
  const sizes = { offsetHeight: height, offsetWidth: width, clientHeight: height, clientWidth: width } as const;
  const saved = Object.keys(sizes).map(
    (key) =>
      [
        key,
        Object.getOwnPropertyDescriptor(Element.prototype, key) ?? Object.getOwnPropertyDescriptor(proto, key),
      ] as const,
  );
  Element.prototype.getBoundingClientRect = () => ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width,
    height,
    right: width,
    bottom: height,
    toJSON: () => ({}),
  });
  for (const [key, value] of Object.entries(sizes))
    Object.defineProperty(proto, key, { configurable: true, get: () => value });
  return () => {
    if (rect) Object.defineProperty(Element.prototype, 'getBoundingClientRect', rect);
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else Reflect.deleteProperty(proto, key);
    }
  };
}
