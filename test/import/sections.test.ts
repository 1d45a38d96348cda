import { importOne } from './import-helpers';

describe('responsibility', () => {
  it('takes the owner from a «владелец процесса – …» sentence and keeps the sentence', () => {
    const { content } = importOne('## Ответственность\nЗа результативность процесса отвечает владелец процесса – Начальник отдела закупок.');
    expect(content.responsibility).toEqual({
      ownerRole: 'Начальник отдела закупок',
      text: 'За результативность процесса отвечает владелец процесса – Начальник отдела закупок.',
    });
  });

  it('takes the owner from "The process owner is …"', () => {
    const { content } = importOne('## Responsibilities\nThe process owner is the Head of Sales, who reviews it monthly.');
    expect(content.responsibility.ownerRole).toBe('Head of Sales');
  });

  it('takes the owner from a field line and from a two-column field table', () => {
    expect(importOne('# Sales\n\nProcess owner: Head of Sales\n\n## Scope\nAll.').content.responsibility.ownerRole).toBe('Head of Sales');
    const { content } = importOne('Sales process\n\nProcess owner\tHead of Sales\nInputs\tOrders; leads\n\n## Scope\nAll.');
    expect(content.responsibility.ownerRole).toBe('Head of Sales');
    expect(content.inputs.map((input) => input.name)).toEqual(['Orders', 'leads']);
  });
});

describe('lists: resources, management actions, distribution', () => {
  it('splits a paragraph run together with semicolons', () => {
    const { content } = importOne('### 6.3 Ресурсы процесса:\nПерсонал отдела закупок; бюджет; ERP-система.');
    expect(content.resources.map((item) => item.text)).toEqual(['Персонал отдела закупок', 'бюджет', 'ERP-система']);
  });

  it('reads bullets with wrapped lines and keeps a lead-in line in the notes', () => {
    const { content, warnings } = importOne('## Management actions\nThe owner acts as follows:\n- Monthly KPI review by\n  the process owner;\n- Supplier audits.');
    expect(content.managementActions.map((item) => item.text)).toEqual(['Monthly KPI review by\nthe process owner', 'Supplier audits.']);
    expect(content.sectionNotes.managementActions).toBe('The owner acts as follows:');
    expect(warnings).toEqual([]);
  });

  it('reads copy numbers written in list items', () => {
    const { content } = importOne('## 7 Рассылка\n1. Генеральный директор — экз. № 1\n2. Руководитель отдела продаж (экз. 2)\n- Quality manager, copy 3\n- Архив');
    expect(content.distribution).toEqual([
      { id: 'dist-1', recipient: 'Генеральный директор', copyNumber: '1' },
      { id: 'dist-2', recipient: 'Руководитель отдела продаж', copyNumber: '2' },
      { id: 'dist-3', recipient: 'Quality manager', copyNumber: '3' },
      { id: 'dist-4', recipient: 'Архив', copyNumber: '' },
    ]);
  });

  it('reads a distribution table with a copy column', () => {
    const { content } = importOne('## Distribution list\n| Copy No. | Recipient |\n|---|---|\n| 1 | CEO |');
    expect(content.distribution).toEqual([{ id: 'dist-1', recipient: 'CEO', copyNumber: '1' }]);
  });

  it('takes a bare «№» column of a distribution table as the copy number', () => {
    const { content } = importOne('## Рассылка\nПолучатель\t№\nДиректор\t1');
    expect(content.distribution).toEqual([{ id: 'dist-1', recipient: 'Директор', copyNumber: '1' }]);
  });
});
