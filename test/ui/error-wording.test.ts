import { ERROR_CODES, ERROR_REASONS } from '../../src/core/errors';
import type { ErrorCode } from '../../src/core/errors';
import { wordError } from '../../static/shared/error-wording';
import { createTranslate } from '../../static/shared/i18n/translate';

const ru = (error: Parameters<typeof wordError>[0]) => wordError(error, createTranslate('ru'), 'ru-RU');
const en = (error: Parameters<typeof wordError>[0]) => wordError(error, createTranslate('en'), 'en-GB');

describe('error wording in the reader’s language', () => {
  it('says how large the text is and how much can be imported, in kilobytes of the locale', () => {
    const error = { code: 'TOO_LARGE', reason: 'request', params: { bytes: 512_000, limit: 450_000 } } as const;
    expect(en(error)).toBe('The text is 512 KB; at most 450 KB can be imported at once. Split the document and import the parts one by one.');
    expect(ru(error)).toBe(
      'Размер текста — 512 КБ; за один раз можно импортировать не больше 450 КБ. Разделите документ и импортируйте части по одной.',
    );
  });

  it('never reads "450 KB; at most 450 KB" for a text just over the limit, and groups digits the locale’s way', () => {
    expect(en({ code: 'TOO_LARGE', reason: 'request', params: { bytes: 450_001, limit: 450_000 } })).toContain('451 KB; at most 450 KB');
    expect(en({ code: 'TOO_LARGE', reason: 'request', params: { bytes: 2_500_000, limit: 450_000 } })).toContain('2,500 KB');
    expect(ru({ code: 'TOO_LARGE', reason: 'request', params: { bytes: 2_500_000, limit: 450_000 } })).toContain('2\u00a0500 КБ');
  });

  it('counts the cards of a document that describes too many', () => {
    const error = { code: 'TOO_LARGE', reason: 'card-count', params: { count: 1200, limit: 50 } } as const;
    expect(en(error)).toBe('The document describes 1,200 process cards; at most 50 can be imported at once. Split it into smaller documents.');
    expect(ru(error)).toContain('карт процессов: 1\u00a0200; за один раз можно импортировать не больше 50');
  });

  it('tells viewing, editing and signing in apart', () => {
    expect(en({ code: 'FORBIDDEN', reason: 'edit' })).toContain('permission to edit this page');
    expect(en({ code: 'FORBIDDEN', reason: 'view' })).toContain('permission to view this page');
    expect(en({ code: 'FORBIDDEN', reason: 'sign-in' })).toBe('Sign in to Confluence to change process cards.');
    expect(ru({ code: 'FORBIDDEN', reason: 'edit' })).toContain('нет прав на редактирование');
    expect(ru({ code: 'FORBIDDEN', reason: 'view' })).toContain('нет прав на просмотр');
    expect(ru({ code: 'FORBIDDEN', reason: 'sign-in' })).toContain('Войдите в Confluence');
  });

  it('words the site settings\' errors about the site settings, falling back to the general text', () => {
    const site = (error: Parameters<typeof wordError>[0], language: 'ru' | 'en') =>
      wordError(error, createTranslate(language), language === 'ru' ? 'ru-RU' : 'en-GB', 'siteSettings');
    expect(site({ code: 'FORBIDDEN', reason: 'edit' }, 'en')).toContain('Only Confluence site admins');
    expect(site({ code: 'FORBIDDEN', reason: 'edit' }, 'ru')).toContain('только администраторы сайта');
    expect(site({ code: 'CONFLICT', reason: 'version' }, 'en')).toContain('changed the site settings');
    expect(site({ code: 'INTERNAL', reason: 'unexpected' }, 'en')).not.toContain('your text is kept');
    expect(site({ code: 'RATE_LIMITED', reason: 'confluence' }, 'en')).not.toContain('your text is kept');
    expect(site({ code: 'TOO_LARGE', reason: 'storage' }, 'en')).toBe(en({ code: 'TOO_LARGE', reason: 'storage' }));
  });

  it('tells the conflicts and the unrecognised texts apart', () => {
    expect(en({ code: 'CONFLICT', reason: 'version' })).toContain('changed this card at the same time');
    expect(en({ code: 'CONFLICT', reason: 'macro-has-card' })).toContain('already shows a process card');
    expect(en({ code: 'CONFLICT', reason: 'import-in-progress' })).toContain('being imported right now');
    expect(ru({ code: 'CONFLICT', reason: 'macro-has-card' })).toContain('уже показывает карту процесса');
    expect(en({ code: 'NOT_RECOGNISED', reason: 'no-card' })).toContain('Nothing of a process card was recognised');
    expect(en({ code: 'NOT_RECOGNISED', reason: 'encoding' })).toContain('wrong encoding');
    expect(ru({ code: 'NOT_RECOGNISED', reason: 'encoding' })).toContain('неверная кодировка');
    expect(en({ code: 'RATE_LIMITED', reason: 'confluence' })).toContain('Confluence is busy');
    expect(ru({ code: 'INTERNAL', reason: 'unexpected' })).toContain('В приложении произошла ошибка');
  });

  it('words a settings screen’s errors its own way, falling back to the card’s wording', () => {
    const word = (error: { code: ErrorCode; reason?: string }) => wordError(error as never, createTranslate('en'), 'en-GB', 'settings');
    expect(word({ code: 'CONFLICT', reason: 'version' })).toContain('Someone else changed the roles of this card');
    expect(word({ code: 'FORBIDDEN', reason: 'edit' })).toBe('Only the page’s editors and the people of the process owner’s role may change the roles of this card.');
    expect(word({ code: 'INTERNAL', reason: 'confluence' })).toContain('your changes are kept');
    expect(word({ code: 'FORBIDDEN', reason: 'view' })).toBe(en({ code: 'FORBIDDEN', reason: 'view' }));
    // Without the scope, an import refused for editing still reads as before.
    expect(en({ code: 'FORBIDDEN', reason: 'edit' })).toContain('permission to edit this page');
  });

  it('never shows the server’s English message', () => {
    const error = { code: 'INTERNAL', reason: 'unexpected', message: 'TypeError: x is undefined' } as const;
    expect(ru(error)).not.toContain('TypeError');
    expect(en(error)).not.toContain('TypeError');
  });

  it('has words in both languages for every code and reason, with every placeholder filled', () => {
    const unworded: string[] = [];
    for (const code of ERROR_CODES as readonly ErrorCode[]) {
      for (const reason of [undefined, ...(ERROR_REASONS[code] as readonly string[])]) {
        const params = { bytes: 1, limit: 2, count: 3, project: 'QMS' };
        for (const [language, word] of [['ru', ru], ['en', en]] as const) {
          const text = word({ code, reason: reason as never, params });
          if (text.trim() === '' || /\{\w+\}/.test(text) || (language === 'ru' && !/[А-Яа-я]/.test(text))) {
            unworded.push(`${language} ${code}/${reason}`);
          }
        }
      }
    }
    expect(unworded).toEqual([]);
  });
});
