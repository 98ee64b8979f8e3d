/**
 * While one question is asked of many people (a directory asking each candidate in turn), each kind of
 * résumé's reading of it is made once and handed to every person's routing; outside such an asking every
 * routing reads its question afresh, so nothing is kept from one question to the next.
 */
import { QuestionReading } from './question-reading.js';
import type { RouteTable } from './route-table.js';

/** The readings of the asking under way, by route table and text; none when no asking shares them. */
let shared: Map<RouteTable, Map<string, QuestionReading>> | undefined;

/** Runs one asking across many people with its readings shared; they are dropped when it returns. */
export function sharingReadings<T>(ask: () => T): T {
  if (shared) return ask();
  shared = new Map();
  try {
    return ask();
  } finally {
    shared = undefined;
  }
}

/** The question's reading for this table: the asking's shared one, or a new one outside an asking. */
export function readingOf(text: string, normalized: string, table: RouteTable): QuestionReading {
  if (!shared) return new QuestionReading(text, normalized, table);
  let byText = shared.get(table);
  if (!byText) shared.set(table, (byText = new Map()));
  // The text as asked matters beside its normalized words: who a question is about is read in it.
  const key = `${text}\u0000${normalized}`;
  let reading = byText.get(key);
  if (!reading) byText.set(key, (reading = new QuestionReading(text, normalized, table)));
  return reading;
}
