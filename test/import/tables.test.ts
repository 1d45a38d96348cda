import { readTable } from '../../src/core/import/read-table';
import { INPUT_COLUMNS } from '../../src/core/import/table-columns';
import { splitRow } from '../../src/core/import/tokenize-document';
import { importOne } from './import-helpers';

describe('reading tables', () => {
  it('finds columns by header text wherever they stand and drops the numbering column', () => {
    const read = readTable(
      [
        ['Поставщик', '№', 'Требования', 'Наименование входа'],
        ['Бухгалтерия', '1', 'Утвержден', 'Бюджет'],
      ],
      INPUT_COLUMNS,
      ['name', 'requirements', 'supplier'],
    );
    expect(read.headerMatched).toBe(true);
    expect(read.rows).toEqual([{ supplier: 'Бухгалтерия', requirements: 'Утвержден', name: 'Бюджет' }]);
  });

  it('falls back to column order when no header names a column', () => {
    const read = readTable([['1.', 'Заказ', 'Полный', 'Клиент']], INPUT_COLUMNS, ['name', 'requirements', 'supplier']);
    expect(read.rows).toEqual([{ name: 'Заказ', requirements: 'Полный', supplier: 'Клиент' }]);
  });

  it('splits pipe rows, keeping escaped pipes inside cells', () => {
    expect(splitRow('| a | b \\| c |  |')).toEqual(['a', 'b | c', '']);
    expect(splitRow('x\ty\t')).toEqual(['x', 'y', '']);
  });

  it.each([
    ['pipe rows with a separator line', '| Input | Supplier |\n|---|:---:|\n| Order | Customer |'],
    ['pipe rows without a separator line', '| Input | Supplier |\n| Order | Customer |'],
    ['tab-separated rows', 'Input\tSupplier\nOrder\tCustomer'],
  ])('reads inputs from %s', (_shape, table) => {
    const { content } = importOne(`## Inputs\n${table}\n`);
    expect(content.inputs).toEqual([{ id: 'in-1', name: 'Order', requirements: '', supplier: 'Customer' }]);
  });

  it('reports a row with more cells than the table has columns and keeps the table in the notes', () => {
    const { content, warnings } = importOne('## Outputs\n| Output | Consumer |\n|---|---|\n| Invoice | Customer |\n| Report | Board | extra |\n');
    expect(content.outputs.map((output) => output.name)).toEqual(['Invoice']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'unreadable-row', section: 'outputs', text: 'Report | Board | extra' })]);
    expect(content.sectionNotes.outputs).toContain('| Report | Board | extra |');
  });
});
