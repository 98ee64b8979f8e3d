import { describe, expect, it } from 'vitest';
import { publicResume } from '../../src/core/public-resume.js';
import { loadResumeFile } from '../../src/resume/load.js';

const martin = () => loadResumeFile('data/resume.json');

describe('the public résumé', () => {
  it('given the default private field, drops the phone and scrubs it from every other text', () => {
    const resume = martin();
    const phone = resume.basics.phone!;
    const withPhoneInSummary = { ...resume, basics: { ...resume.basics, summary: `Call me on ${phone}.` } };
    const shown = publicResume(withPhoneInSummary, ['basics.phone']);
    expect(shown.basics.phone).toBeUndefined();
    expect(JSON.stringify(shown)).not.toContain(phone);
    expect(shown.basics.summary).toBe('Call me on (private).');
    // The original is untouched: private answers still need it.
    expect(withPhoneInSummary.basics.phone).toBe(phone);
  });

  it('given a whole entry or a list made private, removes the entry and empties the list', () => {
    const resume = martin();
    const shown = publicResume(resume, ['work[0]', 'basics.profiles', 'projects[1].name']);
    expect(shown.work.map((w) => w.name)).toEqual(resume.work.slice(1).map((w) => w.name));
    expect(shown.basics.profiles).toEqual([]);
    expect(shown.projects[1]!.name).toBeUndefined();
    expect(JSON.stringify(shown)).not.toContain('PicPay');
  });

  it('given no private fields, is the résumé itself', () => {
    const resume = martin();
    expect(publicResume(resume, [])).toBe(resume);
  });
});

describe('a shared timeline answer', () => {
  it("given a private company name, scrubs it from the picture's alt text and the text bars", async () => {
    const { publicView } = await import('../../src/core/privacy.js');
    const { martinBot } = await import('../helpers/bot.js');
    const bot = martinBot();
    const shared = publicView(bot.answer({ platform: 'slack', command: 'timeline', text: '' }), ['work[0].name'], bot.resume);
    expect(shared.attachments![0]!.label).not.toContain('PicPay');
    expect(shared.body).not.toContain('PicPay');
    expect(shared.attachments![0]!.label).toContain('(private)');
  });
});
