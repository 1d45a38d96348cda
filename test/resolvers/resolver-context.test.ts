import { macroContextFrom } from '../../src/resolvers/resolver-context';

const context = (extra: Record<string, unknown>) => ({ localId: 'macro-1', extension: { content: { id: '65537' }, space: { id: '10001', key: 'QMS' } }, ...extra });

describe('the macro context’s site address', () => {
  it('names the site’s root and the page, from an https site URL', () => {
    expect(macroContextFrom(context({ siteUrl: 'https://example.atlassian.net' })).site).toEqual({
      url: 'https://example.atlassian.net',
      pageUrl: 'https://example.atlassian.net/wiki/spaces/QMS/pages/65537',
    });
    expect(macroContextFrom(context({ siteUrl: 'https://example.atlassian.net/wiki/' })).site?.url).toBe('https://example.atlassian.net');
  });

  it('names none without a site URL, or for one that is not plain https', () => {
    for (const siteUrl of [undefined, 'http://localhost', 'https://user:secret@example.atlassian.net', 'not a url']) {
      expect(macroContextFrom(context(siteUrl === undefined ? {} : { siteUrl }))).not.toHaveProperty('site');
    }
  });
});
