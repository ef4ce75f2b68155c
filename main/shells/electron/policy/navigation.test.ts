import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, toExternalLink } from './navigation';

describe('isAllowedNavigation', () => {
  it('keeps the window on our own page', () => {
    expect(isAllowedNavigation('app://dossier/index.html')).toBe(true);
    expect(isAllowedNavigation('https://www.reuters.com/technology/')).toBe(false);
    expect(isAllowedNavigation('file:///home/me/evil.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('about:blank')).toBe(false);
  });
});

describe('toExternalLink', () => {
  it('offers parsed http(s) links to the system browser', () => {
    expect(toExternalLink('https://www.bis.gov/press-release?id=1')).toBe('https://www.bis.gov/press-release?id=1');
    expect(toExternalLink('http://example.org')).toBe('http://example.org/');
  });

  it('never hands out other schemes or credentials', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'app://dossier/',
      'https://user:pw@example.com/',
      'nonsense',
    ]) {
      expect(toExternalLink(url), url).toBeNull();
    }
  });
});
