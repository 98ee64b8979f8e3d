/**
 * What every chat platform promises, as one suite each adapter runs against its own fake
 * (in the spirit of vercel/chat's shared adapter tests). A platform brings a driver that
 * speaks its wire format; the promises are the same everywhere:
 *
 *  - a private answer shows the owner's private fields, to the asker only;
 *  - a shared (public) copy has none of them, not even repeated in other text;
 *  - an answer longer than one message comes in parts, each within the platform's limits,
 *    with nothing lost;
 *  - a refusal is private, carries no résumé data, and nothing reaches the channel.
 *
 * A new platform passes this suite with a driver of a few dozen lines (see ./slack.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadResumeFile } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';

/** One message a person sees, reduced to what the contract checks. */
export interface SeenMessage {
  /** Every string a reader could see in it (text, blocks, embeds), joined. */
  text: string;
  /** Whether only the asker sees it (ephemeral, a DM, the terminal). */
  private: boolean;
  /** Why the platform would reject it or ping someone; empty when it is fine. */
  problems: string[];
}

/** What came back for one question: its messages, and a way to share it when the platform can. */
export interface Reply {
  messages: SeenMessage[];
  /** Posts the answer into the channel (the platform's Share button); resolves with the public messages. */
  share?(): Promise<SeenMessage[]>;
}

export interface ChatDriver {
  /** Asks `/command text` the platform's own way (slash command, interaction, typed line) and gathers every part of the reply. */
  ask(command: string, text: string): Promise<Reply>;
  /** Lets the adapter finish what it is doing, then lists every message that went out publicly. */
  settledPublicMessages(): Promise<SeenMessage[]>;
  stop(): Promise<void>;
}

export interface DriverOptions {
  resume: Resume;
  privateFields: string[];
}

export interface PlatformUnderContract {
  name: string;
  start(options: DriverOptions): Promise<ChatDriver>;
  /** False where there is no public surface to share into (the console). */
  shares: boolean;
  /** False where a message has no length limit (the terminal). */
  limits: boolean;
}

/** The committed résumé, with the private phone number pasted into the summary and a role with many long highlights. */
export function contractResume(): { resume: Resume; phone: string; company: string; highlights: number } {
  const resume = loadResumeFile('data/resume.json');
  const phone = resume.basics.phone!;
  resume.basics.summary = `${resume.basics.summary} Call me on ${phone} any time.`;
  const role = resume.work[0]!;
  const highlights = 30;
  role.highlights = Array.from(
    { length: highlights },
    (_, i) => `Highlight ${i + 1}: ${'rebuilt the capacity planning pipeline across every region and team, '.repeat(7)}end ${i + 1}.`,
  );
  return { resume, phone, company: role.name!, highlights };
}

const PRIVATE_FIELDS = ['basics.phone'];

export function describePlatformContract(platform: PlatformUnderContract): void {
  const { resume, phone, company, highlights } = contractResume();
  const name = resume.basics.name;

  const withDriver = async (use: (driver: ChatDriver) => Promise<void>) => {
    const driver = await platform.start({ resume: structuredClone(resume), privateFields: PRIVATE_FIELDS });
    try {
      await use(driver);
    } finally {
      await driver.stop();
    }
  };
  const expectValid = (messages: SeenMessage[]) => {
    expect(messages.length).toBeGreaterThan(0);
    messages.forEach((m, i) => expect(m.problems, `message ${i + 1} of ${messages.length}`).toEqual([]));
  };

  describe(`the platform contract: ${platform.name}`, () => {
    it('given /contact, answers the asker privately, private fields included', async () => {
      await withDriver(async (driver) => {
        const reply = await driver.ask('contact', '');
        expectValid(reply.messages);
        expect(reply.messages.every((m) => m.private)).toBe(true);
        expect(reply.messages.map((m) => m.text).join('\n')).toContain(phone);
        expect(await driver.settledPublicMessages()).toEqual([]);
      });
    });

    it.skipIf(!platform.shares)(
      'given Share on /about, posts a public copy without the private field, even where the summary repeats it',
      async () => {
        await withDriver(async (driver) => {
          const reply = await driver.ask('about', '');
          expect(reply.messages.map((m) => m.text).join('\n')).toContain(phone);
          expect(reply.share).toBeDefined();
          const shared = await reply.share!();
          expectValid(shared);
          expect(shared.every((m) => !m.private)).toBe(true);
          const text = shared.map((m) => m.text).join('\n');
          expect(text).toContain(name);
          expect(text).toMatch(/Call me on \(private\) any time/);
          expect(text).not.toContain(phone);
          const published = (await driver.settledPublicMessages()).map((m) => m.text).join('\n');
          expect(published).toContain(name);
          expect(published).not.toContain(phone);
        });
      },
    );

    it.skipIf(!platform.limits)(
      'given an answer longer than one message, gives it in parts, each within the limits, with nothing lost',
      async () => {
        await withDriver(async (driver) => {
          const reply = await driver.ask('experience', company);
          expect(reply.messages.length).toBeGreaterThan(1);
          expectValid(reply.messages);
          expect(reply.messages.every((m) => m.private)).toBe(true);
          const text = reply.messages.map((m) => m.text).join('\n');
          for (let i = 1; i <= highlights; i++) expect(text, `highlight ${i}`).toContain(`end ${i}.`);
        });
      },
    );

    it('given a question over the length limit, refuses privately, with no résumé data, and posts nothing', async () => {
      await withDriver(async (driver) => {
        const reply = await driver.ask('experience', `${company} `.repeat(60));
        expectValid(reply.messages);
        expect(reply.messages.every((m) => m.private)).toBe(true);
        const text = reply.messages.map((m) => m.text).join('\n');
        expect(text).toMatch(/too long/i);
        expect(text).not.toContain('Highlight 1');
        expect(text).not.toContain(phone);
        expect(reply.share).toBeUndefined();
        expect(await driver.settledPublicMessages()).toEqual([]);
      });
    });
  });
}
