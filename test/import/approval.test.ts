import { findDate } from '../../src/core/import/parse-date';
import { findDocumentInfo } from '../../src/core/import/read-document-info';
import { importOne } from './import-helpers';

describe('the approval block', () => {
  it('reads «УТВЕРЖДАЮ», the position, the signature line and the date', () => {
    const { content, warnings } = importOne(
      'УТВЕРЖДАЮ\nДиректор по качеству ТОО «Альфа»\n__________ И. О. Фамилия\n«5» сентября 2024 г.\n\n**КАРТА ПРОЦЕССА**\n\n**Закупки**\n\n## Область применения\nВсе закупки.',
    );
    expect(warnings).toEqual([]);
    expect(content.title).toBe('Закупки');
    expect(content.approval).toEqual({
      marker: 'УТВЕРЖДАЮ',
      approverPosition: 'Директор по качеству ТОО «Альфа»',
      approverName: 'И. О. Фамилия',
      date: '«5» сентября 2024 г.',
      dateIso: '2024-09-05',
    });
  });

  it('reads a Russian approval written on one line', () => {
    const { content } = importOne('УТВЕРЖДАЮ: Директор ____ И. И. Иванов 01.02.2024\nКарта процесса: Продажи\nВерсия 3\n## Область применения\nВсе продажи.');
    expect(content.approval).toMatchObject({ approverPosition: 'Директор', approverName: 'И. И. Иванов', date: '01.02.2024', dateIso: '2024-02-01' });
    expect(content.title).toBe('Продажи');
    expect(content.document.revision).toBe('Версия 3');
  });

  it('reads the English "Approved by: name, position, date" line', () => {
    const { content } = importOne('Approved by: John Doe, Head of Quality, 2025-06-02\nProcess Card — Sales\n## Scope\nAll sales.');
    expect(content.approval).toEqual({
      marker: 'Approved by',
      approverName: 'John Doe',
      approverPosition: 'Head of Quality',
      date: '2025-06-02',
      dateIso: '2025-06-02',
    });
    expect(content.title).toBe('Sales');
  });

  it('reads a metadata line of document, revision and approval', () => {
    const { content } = importOne('Document: QP-07 · Revision: 2 · Approved by: A. Lee, 2025-01-15\n\n# Returns handling\n\n## Scope\nAll returns.');
    expect(content.document).toEqual({ code: 'QP-07', revision: '2' });
    expect(content.approval).toMatchObject({ approverName: 'A. Lee', dateIso: '2025-01-15' });
    expect(content.title).toBe('Returns handling');
  });
});

describe('document code, revision and dates', () => {
  it('finds codes and revisions in their usual spellings', () => {
    expect(findDocumentInfo('КП-СМК-07')).toEqual({ code: 'КП-СМК-07', revision: '', wholeLine: true });
    expect(findDocumentInfo('Код: КП-СМК-07, Редакция 2')).toEqual({ code: 'КП-СМК-07', revision: 'Редакция 2', wholeLine: true });
    expect(findDocumentInfo('Revision 2')).toMatchObject({ revision: 'Revision 2', wholeLine: true });
    expect(findDocumentInfo('Данные CRM-системы')).toMatchObject({ code: '', wholeLine: false });
  });

  it.each([
    ['«12» марта 2025 г.', '2025-03-12'],
    ['12 марта 2025', '2025-03-12'],
    ['12.03.2025', '2025-03-12'],
    ['2025-06-02', '2025-06-02'],
    ['June 2, 2025', '2025-06-02'],
    ['2 June 2025', '2025-06-02'],
  ])('reads the date «%s»', (text, iso) => {
    expect(findDate(text)).toMatchObject({ text, iso });
  });

  it('does not invent dates that do not exist', () => {
    expect(findDate('31.02.2025')).toBeUndefined();
    expect(findDate('«30» февраля 2024 г.')).toBeUndefined();
  });
});

describe('the title', () => {
  it('is the line after «КАРТА ПРОЦЕССА», even below an organisation name, without its quotes', () => {
    const { content, warnings } = importOne('ТОО «Ромашка»\n\nУТВЕРЖДАЮ\n\nКАРТА ПРОЦЕССА\n«Закупки»\n\n## Область применения\nВсе закупки.');
    expect(content.title).toBe('Закупки');
    expect(warnings).toEqual([expect.objectContaining({ code: 'unplaced-text', text: 'ТОО «Ромашка»' })]);
  });

  it('is not taken from a lone line of a text that shows no sign of being a card', () => {
    const { content } = importOne('Shopping list\n\nmilk, bread');
    expect(content.title).toBe('');
  });
});
