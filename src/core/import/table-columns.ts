import type { ColumnSpec } from './read-table';

/** Header wordings of the card's tables. A field's spec comes before broader ones ("наименование"). */
const column = <F extends string>(field: F, header: string): ColumnSpec<F> => ({ field, header: new RegExp(header, 'u') });

export type InputColumn = 'name' | 'requirements' | 'supplier';
export const INPUT_COLUMNS: ReadonlyArray<ColumnSpec<InputColumn>> = [
  column('requirements', 'требовани|критери|requirement|criteria|specification'),
  column('supplier', 'поставщик|источник|откуда|supplier|source|provider|from'),
  column('name', 'наименование|название|вход|input|name|item'),
];

export type OutputColumn = 'name' | 'requirements' | 'consumer';
export const OUTPUT_COLUMNS: ReadonlyArray<ColumnSpec<OutputColumn>> = [
  column('requirements', 'требовани|критери|requirement|criteria|specification'),
  column('consumer', 'потребител|получател|клиент|куда|consumer|customer|recipient|client|^to$'),
  column('name', 'наименование|название|выход|результат|output|name|item|result'),
];

export type KpiColumn =
  | 'name'
  | 'formula'
  | 'unit'
  | 'direction'
  | 'target'
  | 'warningThreshold'
  | 'frequency'
  | 'owner'
  | 'dataSource';
export const KPI_COLUMNS: ReadonlyArray<ColumnSpec<KpiColumn>> = [
  column('formula', 'формула|расч[её]т|методика|formula|calculation|how calculated'),
  column('unit', 'ед\\.? ?изм|единиц|^ед$|unit'),
  column('direction', 'направлени|лучше|direction|better|polarity'),
  column('warningThreshold', 'порог|предупрежд|сигнальн|критическ|warning|threshold|alert|tolerance'),
  column('target', 'целев|норматив|план|цель|target|goal|objective'),
  column('frequency', 'периодичн|частот|срок|frequency|period|interval|how often'),
  column('dataSource', 'источник|данные|data|source|record'),
  column('owner', 'ответствен|владел|owner|responsible|accountable'),
  column('name', 'наименование|название|показател|критери|индикатор|kpi|indicator|metric|measure|name'),
];

export type DistributionColumn = 'recipient' | 'copyNumber';
export const DISTRIBUTION_COLUMNS: ReadonlyArray<ColumnSpec<DistributionColumn>> = [
  // In a distribution list a bare «№» column numbers the copies.
  column('copyNumber', 'экз|копи|copy|copies|^(№|no|#)$'),
  column('recipient', 'получател|адресат|подразделени|должност|рол|кому|ф\\.?и\\.?о|recipient|role|person|department|position|holder|name|наименование'),
];

export type TermColumn = 'term' | 'definition';
export const TERM_COLUMNS: ReadonlyArray<ColumnSpec<TermColumn>> = [
  column('definition', 'определени|расшифровк|значени|definition|meaning|description'),
  column('term', 'термин|сокращени|аббревиатур|обозначени|term|abbreviation|acronym'),
];
