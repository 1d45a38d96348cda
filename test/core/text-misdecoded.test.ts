import { looksMisdecoded } from '../../src/core/text/looks-misdecoded';
import { SEED_FIXTURE, readFixture } from '../support/fixtures';
import { toCp1251 } from '../support/legacy-encodings';

const seed = readFixture(SEED_FIXTURE);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('looksMisdecoded', () => {
  it('passes Russian and English text as written', () => {
    expect(looksMisdecoded(seed)).toBe(false);
    expect(looksMisdecoded('Process card: Purchasing of Goods and Services')).toBe(false);
    expect(looksMisdecoded('ОАО «ПРОМС», «ВНИИС» и СССР — Рёбра, Сёмга')).toBe(false);
    expect(looksMisdecoded('')).toBe(false);
  });

  it('catches Windows-1251 bytes read as UTF-8 (replacement characters)', () => {
    expect(looksMisdecoded(new TextDecoder('utf-8').decode(toCp1251(seed)))).toBe(true);
    expect(looksMisdecoded('Карта процесса: ����')).toBe(true);
  });

  it('lets an odd replacement character in a long text pass', () => {
    expect(looksMisdecoded(`${seed}\uFFFD`)).toBe(false);
  });

  it('catches UTF-8 read as Windows-1252 («ÐŸÑ€Ð¸…»)', () => {
    expect(looksMisdecoded(new TextDecoder('windows-1252').decode(utf8(seed)))).toBe(true);
    expect(looksMisdecoded(new TextDecoder('windows-1252').decode(utf8('Привет')))).toBe(true);
  });

  it('catches UTF-8 read as Windows-1251 («Р°Р±…»)', () => {
    expect(looksMisdecoded(new TextDecoder('windows-1251').decode(utf8(seed)))).toBe(true);
    expect(looksMisdecoded(new TextDecoder('windows-1251').decode(utf8('Карта процесса')))).toBe(true);
  });
});
