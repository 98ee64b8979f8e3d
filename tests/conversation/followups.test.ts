/**
 * Follow-ups over the real bot and pipeline: conversations written from the résumés (Martin's
 * and the JSON Resume example of Dr. Lena Vasquez), each turn checked for the command and the
 * first result, as `--json` reports them. Context is per conversation and per user, bounded,
 * forgotten after 15 idle minutes, and never leaks into a question that stands on its own.
 */
import { describe, expect, it } from 'vitest';
import { createConversationStore } from '../../src/core/conversation.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import type { Answer } from '../../src/model/answer.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

type Turn = [ask: string, command: string | null, first: string | null];

function converse(pipeline: Pipeline, conversation: string, userId = 'U1') {
  return async (text: string): Promise<Answer> => {
    const request = { ...parseLine(text), audience: 'private' as const, conversation, userId };
    return (await pipeline.handle(request)).answer;
  };
}

async function play(resume: string, turns: readonly Turn[]): Promise<Array<[string, string | null, string | null]>> {
  const ask = converse(createPipeline(botFor(resume)), 'c1');
  const seen: Array<[string, string | null, string | null]> = [];
  for (const [text] of turns) {
    const answer = await ask(text);
    seen.push([text, answer.route?.command ?? null, answer.matches[0]?.title ?? null]);
  }
  return seen;
}

const conversations: Array<{ resume: string; name: string; turns: Turn[] }> = [
  {
    resume: 'martin',
    name: 'walking back and forth along the roles',
    turns: [
      ['where does he work now?', 'experience', 'VP, Platform Engineering at PicPay'],
      ['and before that?', 'experience', 'Performance Architect at Snowflake'],
      ['what came before that one?', 'experience', 'Performance Architect at Netflix'],
      ['and earlier?', 'experience', 'Performance Engineer at Expedia'],
      ['what was next?', 'experience', 'Performance Architect at Netflix'],
    ],
  },
  {
    resume: 'martin',
    name: 'what happened at a place',
    turns: [
      ['tell me about his time at netflix', 'experience', 'Performance Architect at Netflix'],
      ['what tools did he create there?', 'projects', 'FlameScope'],
      ['and after that?', 'experience', 'Performance Architect at Snowflake'],
      ['when was that?', 'experience', 'Performance Architect at Snowflake'],
      ['did he build anything there?', 'projects', null],
      ['and what came before?', 'experience', 'Performance Architect at Netflix'],
    ],
  },
  {
    resume: 'martin',
    name: 'one thing, then another of the same kind',
    turns: [
      ['is he good at kafka?', 'skills', 'Kafka'],
      ['what about observability?', 'skills', 'Observability'],
      ['and flamegraphs?', 'projects', 'd3-flame-graph'],
      ['more details please', 'projects', 'd3-flame-graph'],
    ],
  },
  {
    resume: 'martin',
    name: 'a question that stands on its own takes nothing from before',
    turns: [
      ['what did he do at dell?', 'experience', 'Performance Engineer at Dell'],
      [
        'where did he go to university?',
        'education',
        'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)',
      ],
      ['what did he do before netflix?', 'experience', 'Performance Engineer at Expedia'],
      ['/skills kubernetes', 'skills', 'Kubernetes'],
    ],
  },
  {
    resume: 'martin',
    name: 'a follow-up with nothing to follow',
    turns: [
      ['and after that?', null, null],
      ['tell me more', null, null],
      ['what did he build there?', null, null],
      ['and snowflake?', null, null],
    ],
  },
  {
    resume: 'senior-engineer',
    name: "Lena's roles, one after another",
    turns: [
      ['what did she do at dropbox?', 'experience', 'Senior Software Engineer at Dropbox'],
      ['what came after that?', 'experience', 'Staff Software Engineer at Confluent'],
      ['and before dropbox?', 'experience', 'Software Engineer at Rackspace'],
      ['and at confluent?', 'experience', 'Staff Software Engineer at Confluent'],
      // Confluent's text says replication; the skills are listed in the résumé's order.
      ['which skills did she use there?', 'skills', 'Replication'],
    ],
  },
  {
    resume: 'senior-engineer',
    name: 'a skill, then another',
    turns: [
      ['does she know rust?', 'skills', 'Rust'],
      ['and go?', 'skills', 'Go'],
      ['and prometheus?', 'skills', 'Prometheus'],
    ],
  },
  {
    resume: 'martin',
    name: 'openings that say nothing, and words the résumé knows beside "there"',
    turns: [
      ['what did he do at netflix?', 'experience', 'Performance Architect at Netflix'],
      ['ok, and Expedia?', 'experience', 'Performance Engineer at Expedia'],
      ['and prior to that?', 'experience', 'Performance Engineer at Dell'],
      ['did he use kubernetes there?', 'skills', 'Kubernetes'],
    ],
  },
  {
    resume: 'martin',
    name: 'how long, since when, and a question nothing understood in between',
    turns: [
      ['where does he work now?', 'experience', 'VP, Platform Engineering at PicPay'],
      ['since when?', 'experience', 'VP, Platform Engineering at PicPay'],
      ['blah zork quux?', 'resume', null],
      ['who did he work for before that?', 'experience', 'Performance Architect at Snowflake'],
      ['how long did he stay?', 'experience', 'Performance Architect at Snowflake'],
      ['how long was he there?', 'experience', 'Performance Architect at Snowflake'],
      ['did he work at google?', 'experience', null],
      // An answer that found nothing leaves the last answered entry (Snowflake) to lean on.
      ['and before that?', 'experience', 'Performance Architect at Netflix'],
    ],
  },
  {
    resume: 'martin',
    name: 'em português',
    turns: [
      ['o que ele fez na netflix?', 'experience', 'Performance Architect at Netflix'],
      ['e antes disso?', 'experience', 'Performance Engineer at Expedia'],
      ['e depois?', 'experience', 'Performance Architect at Netflix'],
      ['o que ele construiu lá?', 'projects', 'FlameScope'],
      ['e kubernetes?', 'skills', 'Kubernetes'],
    ],
  },
  {
    resume: 'career-changer',
    name: "Daniel's volunteering and roles",
    turns: [
      ['what volunteering has he done at the food bank?', 'volunteer', 'Data Volunteer at Central Texas Food Bank'],
      ['and before that?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net'],
      ['when was that?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net'],
      ['what did he do at salt & cedar?', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
      ['and after that?', 'experience', 'Data Analyst (Contract) at Freelance'],
      ['and at café lumen?', 'experience', 'Shift Supervisor at Café Lumen'],
    ],
  },
  {
    resume: 'new-grad',
    name: "Maya's school and internships",
    turns: [
      ['where did she study?', 'education', 'Bachelor of Science Computer Science at University of Washington'],
      // Its entity is "University of Washington Capstone": built there.
      ['what did she build there?', 'projects', 'DormSwap'],
      ['what did she do at outreach?', 'experience', 'Software Engineering Intern at Outreach'],
      ['and before that?', 'experience', 'Research Intern at Allen Institute for AI'],
      ['and after?', 'experience', 'Software Engineering Intern at Outreach'],
    ],
  },
  {
    resume: 'sample',
    name: "Richard's only role has nothing before it",
    turns: [
      ['what did he do at pied piper?', 'experience', 'CEO/President at Pied Piper'],
      ['and before that?', 'experience', null],
      ['where did he volunteer?', 'volunteer', 'Teacher at CoderDojo'],
      ['and when was that?', 'volunteer', 'Teacher at CoderDojo'],
    ],
  },
  {
    resume: 'senior-engineer',
    name: 'what was under way while an entry of another section was',
    turns: [
      ['what did she publish in 2014?', 'publications', 'Bounded Staleness for Geo-Replicated Key-Value Stores'],
      ['where was she working at that time?', 'experience', 'Software Engineer at Rackspace'],
      ['which award did she get in 2021?', 'awards', 'Distinguished Engineer Spotlight'],
      ['and where did she work back then?', 'experience', 'Staff Software Engineer at Confluent'],
    ],
  },
  {
    resume: 'new-grad',
    name: 'nothing under way then: that year says so',
    turns: [
      ['which award did she get?', 'awards', "Dean's List"],
      ['where did she work at the time?', 'experience', null],
    ],
  },
];

describe.each(conversations)('a conversation over $resume: $name', ({ resume, turns }) => {
  it('answers each turn with the command and first result a reader expects', async () => {
    expect(await play(resume, turns)).toEqual(turns.map(([ask, command, first]) => [ask, command, first]));
  });
});

describe('what a conversation remembers', () => {
  it('given a follow-up with nothing before it, says what it needs and gives no result', async () => {
    const answer = await converse(createPipeline(botFor('martin')), 'fresh')('and before that?');
    expect(answer).toMatchObject({ kind: 'empty', title: 'Before which role?', matches: [] });
    expect(answer.route?.command).toBeNull();
  });

  it('given a follow-up with nothing before it, suggests the broadest sections the résumé has, and its roles by company', async () => {
    const martin = await converse(createPipeline(botFor('martin')), 'fresh')('tell me more');
    expect(martin.suggestions).toEqual(['/experience', '/projects', '/skills']);
    // Daniel lists no projects: none suggested.
    const daniel = await converse(createPipeline(botFor('career-changer')), 'fresh')('tell me more');
    expect(daniel.suggestions).toEqual(['/experience', '/skills', '/education']);
    const there = await converse(createPipeline(botFor('career-changer')), 'fresh')('what did he do there?');
    expect(there.suggestions).toEqual(['/experience Freelance']);
  });

  it('given another user in the same conversation, leans on nothing of the first user', async () => {
    const pipeline = createPipeline(botFor('martin'));
    await converse(pipeline, 'shared', 'U1')('what did he do at netflix?');
    expect((await converse(pipeline, 'shared', 'U2')('and before that?')).title).toBe('Before which role?');
    expect((await converse(pipeline, 'shared', 'U1')('and before that?')).matches[0]?.title).toBe('Performance Engineer at Expedia');
  });

  it('given another conversation of the same user, leans on nothing from the first', async () => {
    const pipeline = createPipeline(botFor('martin'));
    await converse(pipeline, 'one')('what did he do at netflix?');
    expect((await converse(pipeline, 'two')('and before that?')).title).toBe('Before which role?');
  });

  it('given 15 idle minutes, forgets the conversation; given a question within them, keeps it', async () => {
    let now = 0;
    const pipeline = createPipeline(botFor('martin'), { conversations: createConversationStore({ now: () => now }) });
    const ask = converse(pipeline, 'idle');
    await ask('what did he do at netflix?');
    now += 14 * 60_000;
    expect((await ask('and before that?')).matches[0]?.title).toBe('Performance Engineer at Expedia');
    now += 15 * 60_000 + 1;
    expect((await ask('and before that?')).title).toBe('Before which role?');
  });

  it('given more conversations than it holds, forgets the least recently active first', async () => {
    const store = createConversationStore({ max: 2 });
    const pipeline = createPipeline(botFor('martin'), { conversations: store });
    for (const id of ['a', 'b', 'c']) await converse(pipeline, id)('what did he do at netflix?');
    expect(store.size).toBe(2);
    expect((await converse(pipeline, 'a')('and before that?')).title).toBe('Before which role?');
    expect((await converse(pipeline, 'c')('and before that?')).matches[0]?.title).toBe('Performance Engineer at Expedia');
  });

  it('given a refusal in between (a question too long), leans on the answer before it', async () => {
    const ask = converse(createPipeline(botFor('martin')), 'refused');
    await ask('what did he do at expedia?');
    expect((await ask(`kafka ${'x'.repeat(400)}`)).kind).toBe('refusal');
    expect((await ask('and after that?')).matches[0]?.title).toBe('Performance Architect at Netflix');
  });

  it('given a slash command that finds nothing in between, leans on the last entry answered and asks the new question again', async () => {
    const ask = converse(createPipeline(botFor('martin')), 'slash-empty');
    await ask('what did he do at expedia?');
    expect((await ask('/experience google')).matches).toEqual([]);
    expect((await ask('and after that?')).matches[0]?.title).toBe('Performance Architect at Netflix');
    // "And X?" re-asks the question that found nothing, about X.
    const other = await ask('and dell?');
    expect([other.route?.command, other.matches[0]?.title]).toEqual(['experience', 'Performance Engineer at Dell']);
  });

  it('given a shared store (another process answered the first turn), leans on what it keeps', async () => {
    const values = new Map<string, string>();
    const shared = {
      set: async (key: string, value: string) => Boolean(values.set(key, value)),
      get: async (key: string) => values.get(key),
    };
    const first = createPipeline(botFor('martin'), { conversations: createConversationStore({ shared }) });
    const second = createPipeline(botFor('martin'), { conversations: createConversationStore({ shared }) });
    await converse(first, 'lb')('what did he do at netflix?');
    expect((await converse(second, 'lb')('and before that?')).matches[0]?.title).toBe('Performance Engineer at Expedia');
  });
});
