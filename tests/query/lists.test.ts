/**
 * A list in a question, its items parted by commas and its last by "or" or "and", is said with that word between
 * every two items; any other comma is left as it is. A slash between spaces parts alternatives ("restaurant /
 * hospitality"); one inside a name ("CI/CD") does not.
 */
import { describe, expect, it } from 'vitest';
import { listSpelledOut } from '../../src/query/lists.js';

describe('a list parted by commas', () => {
  it.each([
    ["who's into climbing, running or cycling?", "who's into climbing or running or cycling?"],
    ['knows python, kafka, or go', 'knows python or kafka or go'],
    ['knows python, go and rust', 'knows python and go and rust'],
    ['machine learning, data engineering or statistics', 'machine learning or data engineering or statistics'],
  ])('given "%s", says "%s"', (text, said) => {
    expect(listSpelledOut(text)).toBe(said);
  });

  it.each(['hi, who knows go and rust?', 'python, go', 'so, who speaks spanish or portuguese', 'kafka, the streaming platform, or flink'])(
    'given "%s", a comma of no list, leaves it',
    (text) => {
      expect(listSpelledOut(text)).toBe(text);
    },
  );
});

describe('alternatives parted by a slash', () => {
  it.each([
    ["who's got restaurant / hospitality industry experience", "who's got restaurant or hospitality industry experience"],
    ['a phd / doctorate', 'a phd or doctorate'],
    // Between two words of four letters or more, even without spaces.
    ['anyone into climbing/bouldering?', 'anyone into climbing or bouldering?'],
    ['frontend/backend devs', 'frontend or backend devs'],
  ])('given "%s", says "%s"', (text, said) => {
    expect(listSpelledOut(text)).toBe(said);
  });

  it.each(['who knows ci/cd?', 'anyone w/ a fintech background', 'tcp/ip', 'a/b testing', 'apache/kafka/streams'])(
    'given "%s", a slash inside words, leaves it',
    (text) => {
      expect(listSpelledOut(text)).toBe(text);
    },
  );
});
