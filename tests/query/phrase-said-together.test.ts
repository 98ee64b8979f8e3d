/**
 * "Has martin done any change data capture stuff?" answered his skill Change Management: one word of a name
 * ("change") outranked three words said side by side in a role's highlight ("Led the transition from full database
 * loads to Change Data Capture (CDC)"), and the other two words were dropped. Three words or more said together in one
 * text now say as much as a facet of those words would; two words of a sentence ("data platform") still do not.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const first = (resume: string, line: string) => botFor(resume).answer(parseLine(line)).matches[0];

describe('three words said together in one text', () => {
  it.each([
    ['martin', 'has martin done any change data capture stuff', 'work', 'VP, Platform Engineering at PicPay'],
    ['new-grad', 'which internship had the service-health dashboard in React?', 'work', 'Software Engineering Intern at Outreach'],
  ])('given %s "%s", answers the entry whose text says them', (resume, line, section, title) => {
    const found = first(resume, line);
    expect(found?.section).toBe(section);
    expect(found?.title).toBe(title);
  });

  it('given one word of a name alone, still answers that name', () => {
    const found = first('martin', 'does he know change management?');
    expect(found?.section).toBe('skills');
    expect(found?.title).toBe('Change Management');
  });
});
