import { recogniseHeading, recogniseInlineHeading } from '../../src/core/import/recognise-heading';
import { importOne } from './import-helpers';

describe('recognising section headings', () => {
  it.each([
    ['6.1 Входы процесса', 'inputs'],
    ['6.1. Входы процесса', 'inputs'],
    ['### 6.1 Входы процесса:', 'inputs'],
    ['**6.2 ВЫХОДЫ ПРОЦЕССА**', 'outputs'],
    ['**Outputs:**', 'outputs'],
    ['## Key Performance Indicators', 'kpis'],
    ['Критерии результативности процесса:', 'kpis'],
    ['Показатели эффективности', 'kpis'],
    ['6.5 Перечень основных управляющих воздействий:', 'managementActions'],
    ['Регулирующие воздействия', 'managementActions'],
    ['Controls', 'managementActions'],
    ['Блок-схема', 'flowchart'],
    ['Process steps', 'flowchart'],
    ['Владелец процесса', 'responsibility'],
    ['Process Owner', 'responsibility'],
    ['7 Рассылка', 'distribution'],
    ['Distribution list', 'distribution'],
    ['Область применения', 'scope'],
    ['Сокращения:', 'abbreviations'],
    ['СОДЕРЖАНИЕ', 'toc'],
  ])('reads «%s» as the %s heading', (line, key) => {
    expect(recogniseHeading(line)?.key).toBe(key);
  });

  it('tells the purpose of the card from the purpose of the process', () => {
    expect(recogniseHeading('1 Назначение карты процесса')?.part).toBe('card');
    expect(recogniseHeading('Цель процесса')?.part).toBe('process');
    expect(recogniseHeading('Purpose')?.part).toBe('process');
  });

  it('keeps the heading as written, with its number but without Markdown marks', () => {
    expect(recogniseHeading('### 6.1 Входы процесса:')?.heading).toBe('6.1 Входы процесса');
  });

  it('does not take ordinary sentences or list items for headings', () => {
    expect(recogniseHeading('Входы процесса описаны в таблице ниже.')).toBeNull();
    expect(recogniseHeading('- Outputs')).toBeNull();
    expect(recogniseHeading('Привлечение клиентов и маркетинг')).toBeNull();
  });

  it('reads a label and its value on one line', () => {
    expect(recogniseInlineHeading('Process owner: Head of Sales')).toMatchObject({ heading: { key: 'responsibility' }, value: 'Head of Sales' });
    expect(recogniseInlineHeading('**Цель процесса** – рост продаж')).toMatchObject({ heading: { key: 'purpose', part: 'process' }, value: 'рост продаж' });
    expect(recogniseInlineHeading('- KPIs: Revenue, NPS')).toMatchObject({ heading: { key: 'kpis' }, value: 'Revenue, NPS' });
    expect(recogniseInlineHeading('Supplier: an organisation')).toBeNull();
  });
});

describe('sections under differently dressed headings', () => {
  it('reads plain, un-numbered English headings with trailing colons', () => {
    const { content, warnings } = importOne(
      'Process Card: Order Handling\n\nPurpose:\nTo handle orders.\n\nScope\nAll orders.\n\nInputs:\n- Order\n- Stock list\n\nKPIs\n- Order cycle time\n- Error rate',
    );
    expect(warnings).toEqual([]);
    expect(content.title).toBe('Order Handling');
    expect(content.purpose.process).toBe('To handle orders.');
    expect(content.scope).toBe('All orders.');
    expect(content.inputs.map((input) => input.name)).toEqual(['Order', 'Stock list']);
    expect(content.kpis.map((kpi) => kpi.name)).toEqual(['Order cycle time', 'Error rate']);
  });

  it('reads bold, numbered and upper-case Russian headings', () => {
    const { content } = importOne(
      '# Карта процесса «Закупки»\n\n**1. Назначение**\n\nОбеспечение закупок.\n\n**6.2. ВЫХОДЫ ПРОЦЕССА:**\n\nНаименование выхода\tПотребитель\nЗаказ\tПоставщик\n',
    );
    expect(content.title).toBe('Закупки');
    expect(content.purpose.process).toBe('Обеспечение закупок.');
    expect(content.outputs).toEqual([{ id: 'out-1', name: 'Заказ', requirements: '', consumer: 'Поставщик' }]);
  });
});
