import type { Result } from '@kommunaldialog/sdk';
import { representativePoint } from './geometry.js';

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and garbles umlauts. */
export const UTF8_BOM = '\uFEFF';

/** Column names of the CSV export: stable, machine-readable, the API's field names in snake case. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'progress',
  'municipality',
  'municipality_name',
  'topics',
  'precision',
  'latitude',
  'longitude',
  'concern_count',
  'office',
  'updated_at',
  'summary',
] as const;

/** Text a spreadsheet would run as a formula (CWE-1236); such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a separator, quote or line break; quotes doubled. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Display name of a municipality id. */
  municipalityName: (id: string) => string;
}

/**
 * The results as CSV (RFC 4180: comma separated, CRLF line ends) with a UTF-8 byte order mark.
 * Results of `precision: area` have empty coordinates: the export does not pinpoint them either.
 */
export function resultsToCsv(results: readonly Result[], options: CsvOptions): string {
  const rows = results.map((r) => {
    const [lng, lat] = r.precision === 'exact' ? representativePoint(r.geometry) : [undefined, undefined];
    const coordinate = (n: number | undefined): string => (n === undefined ? '' : n.toFixed(6));
    return [
      r.id,
      r.title,
      r.status,
      r.progress,
      r.municipality,
      options.municipalityName(r.municipality),
      r.topics.join(' '),
      r.precision,
      coordinate(lat),
      coordinate(lng),
      r.concernCount,
      r.office,
      r.updatedAt,
      r.summary,
    ]
      .map(csvField)
      .join(',');
  });
  return `${UTF8_BOM}${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
