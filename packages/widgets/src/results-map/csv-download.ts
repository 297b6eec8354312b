import type { PagePromise, Result } from '@kommunaldialog/sdk';
import { resultsToCsv, type CsvOptions } from './csv.js';

export interface CsvDownload extends CsvOptions {
  /** Ids in the order the list shows them: the rows follow it. */
  order: readonly string[];
  /** Name of the saved file, with its extension. */
  fileName: string;
}

/**
 * Saves the results of `list` (whole results: the CSV has their summary text, office, concern
 * count and last update, which the map's summaries lack) as a CSV file. Loaded on the visitor's
 * click only, with the CSV code.
 */
export async function downloadResultsCsv(list: PagePromise<Result>, options: CsvDownload): Promise<void> {
  const results: Result[] = [];
  for await (const page of list.pages()) results.push(...page.items);
  const position = new Map(options.order.map((id, i) => [id, i]));
  const rank = (r: Result): number => position.get(r.id) ?? position.size;
  // A stable sort: results the list does not have yet (published meanwhile) keep the API's order, last.
  results.sort((a, b) => rank(a) - rank(b));
  const csv = resultsToCsv(results, options);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName;
  link.click();
  // The browser has the file once the click is handled; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
