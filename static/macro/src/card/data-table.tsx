import type { ReactNode } from 'react';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from './written-text';
import './tables.css';

export interface Column<Row> {
  header: string;
  /** The row's text as written; empty means not filled in. */
  text: (row: Row) => string;
  /** The column that names the row: rendered as the row header. */
  rowHeader?: boolean;
  className?: string;
}

/**
 * A real table (caption, column and row headers) so screen readers can announce
 * each cell with its headers. Rows are numbered as in the paper card. Each cell names its column
 * in `data-label`, and the explicit roles keep it a table for screen readers should a narrow
 * layout display it otherwise (as the KPI table does, kpi/kpi.css).
 */
export function DataTable<Row extends { id: string }>({
  caption,
  columns,
  rows,
  className,
}: {
  caption: string;
  columns: Array<Column<Row>>;
  rows: Row[];
  className?: string;
}) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  return (
    <div className="pc-table-frame">
      <table role="table" className={`pc-table${className === undefined ? '' : ` ${className}`}`}>
        <caption className="pc-visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" className="pc-table__number">
              {t('col.number')}
            </th>
            {columns.map((column) => (
              <th role="columnheader" scope="col" key={column.header} className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" lang={lang}>
          {rows.map((row, index) => (
            <tr role="row" key={row.id}>
              <td role="cell" className="pc-table__number" data-label={t('col.number')}>
                {index + 1}
              </td>
              {columns.map((column) => (
                <Cell key={column.header} rowHeader={column.rowHeader === true} className={column.className} label={column.header}>
                  {column.text(row)}
                </Cell>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({
  rowHeader,
  className,
  label,
  children,
}: {
  rowHeader: boolean;
  className?: string | undefined;
  label: string;
  children: string;
}) {
  const { t } = useI18n();
  const content: ReactNode =
    children.trim() === '' ? (
      <span className="pc-empty-cell">
        <span aria-hidden="true">—</span>
        <span className="pc-visually-hidden">{t('notFilled')}</span>
      </span>
    ) : (
      children
    );
  return rowHeader ? (
    <th role="rowheader" scope="row" className={className} data-label={label}>
      {content}
    </th>
  ) : (
    <td role="cell" className={className} data-label={label}>
      {content}
    </td>
  );
}
