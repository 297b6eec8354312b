import type { Locale, Municipality, ResultFeedQuery, ResultStatus, ResultSummary, Topic } from '@kommunaldialog/sdk';
import { intlLocale } from '../shared/i18n/locale.js';

/** What the reader narrowed the results to; empty strings mean "all". */
export interface ResultFilters {
  topic: string;
  status: ResultStatus | '';
  municipality: string;
}

/**
 * The results matching the filters, with the API's semantics (the same query then yields the
 * same set in the GeoJSON download): a result matches a topic when it has it among its topics.
 * Without any filter, `results` itself.
 */
export function applyFilters<R extends ResultSummary>(results: readonly R[], filters: ResultFilters): readonly R[] {
  if (!filters.topic && !filters.status && !filters.municipality) return results;
  return results.filter(
    (r) =>
      (!filters.topic || r.topics.includes(filters.topic)) &&
      (!filters.status || r.status === filters.status) &&
      (!filters.municipality || r.municipality === filters.municipality),
  );
}

/** The same filters as an API query, for the GeoJSON download. */
export function filtersQuery(filters: ResultFilters, scope: string | undefined): ResultFeedQuery {
  const municipality = scope || filters.municipality;
  return {
    ...(municipality ? { municipality } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

export interface ResultGroup {
  municipality: string;
  name: string;
  results: ResultSummary[];
}

/**
 * Results grouped by municipality, groups in alphabetical order of their names for the locale,
 * results inside a group in the API's order (most recently updated first).
 */
export function groupByMunicipality(
  results: readonly ResultSummary[],
  municipalities: ReadonlyMap<string, Municipality>,
  locale: Locale,
): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    let group = groups.get(r.municipality);
    if (!group) {
      groups.set(r.municipality, (group = { municipality: r.municipality, name: municipalities.get(r.municipality)?.name ?? r.municipality, results: [] }));
    }
    group.results.push(r);
  }
  const collator = new Intl.Collator(intlLocale(locale));
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** A topic's label in the locale; Leichte Sprache falls back to German where none was written. */
export function topicLabel(topic: Topic | undefined, id: string, locale: Locale): string {
  if (!topic) return id;
  return topic.labels[locale] ?? topic.labels.de;
}
