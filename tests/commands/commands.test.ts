import { describe, expect, it } from 'vitest';
import { commands, findCommand, slashCommands } from '../../commands/index.js';
import { createBot } from '../../src/core/bot.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, martinBot, parseLine } from '../helpers/bot.js';

const bot = martinBot();
const ask = (line: string) => bot.answer(parseLine(line));
const allText = (a: ReturnType<typeof ask>) =>
  [
    a.title,
    a.subtitle,
    a.body,
    a.footer,
    ...a.fields.flatMap((f) => [f.label, f.value]),
    ...a.sections.flatMap((s) => [s.heading, ...s.bullets]),
  ]
    .filter(Boolean)
    .join('\n');

describe('the command registry', () => {
  it('declares every command once, with names valid on Slack and Discord', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    expect(slashCommands.map((c) => c.data.name)).toEqual([
      'experience',
      'skills',
      'projects',
      'education',
      'timeline',
      'volunteer',
      'awards',
      'certificates',
      'publications',
      'languages',
      'interests',
      'references',
      'contact',
      'about',
      'cv',
      'match',
      'people',
      'resume',
    ]);
    for (const { data } of commands) {
      expect(data.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(data.description.length).toBeGreaterThan(0);
      expect(data.description.length).toBeLessThanOrEqual(100);
      expect(data.examples.length).toBeGreaterThan(0);
      for (const example of data.examples) expect(example.split(' ')[0]).toBe(data.name);
      if (data.option) {
        expect(data.option.name).toMatch(/^[a-z0-9_-]{1,32}$/);
        expect(data.option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("fits the platforms' limits on commands: Slack's manifest takes 50 and an app stays usable with 25, Discord takes 100 per application", () => {
    expect(slashCommands.length).toBeGreaterThan(0);
    expect(slashCommands.length).toBeLessThanOrEqual(25);
  });

  it('declares each JSON Resume section with one command at most', () => {
    const sections = commands.flatMap((c) => (c.section ? [c.section.section] : []));
    expect(new Set(sections).size).toBe(sections.length);
    expect(new Set(sections)).toEqual(
      new Set([
        'work',
        'skills',
        'projects',
        'education',
        'volunteer',
        'awards',
        'certificates',
        'publications',
        'languages',
        'interests',
        'references',
      ]),
    );
    for (const role of ['help', 'person', 'fallback', 'timeline'] as const)
      expect(commands.filter((c) => c.routing?.role === role)).toHaveLength(1);
  });

  it('finds commands by name with or without a slash, in any case', () => {
    expect(findCommand('/Experience')?.data.name).toBe('experience');
    expect(findCommand('nope')).toBeUndefined();
  });

  it('given /resume help, lists every slash command for a section the résumé has, with an example, generated from the registry', () => {
    const help = ask('/resume help');
    expect(help.kind).toBe('help');
    const headings = help.sections.map((s) => s.heading.split(' ')[0]);
    // Martin's résumé has no awards, certificates, publications, languages, interests, references or volunteer work.
    expect(headings).toEqual([
      '/experience',
      '/skills',
      '/projects',
      '/education',
      '/timeline',
      '/contact',
      '/about',
      '/cv',
      '/match',
      '/resume',
    ]);
    expect(allText(help)).toContain('/experience netflix');
  });
});

describe('/experience', () => {
  it('given no query, answers the timeline with role, company, dates and tenure', () => {
    const a = ask('/experience');
    expect(a.kind).toBe('list');
    expect(a.sections[0]!.bullets).toEqual([
      'VP, Platform Engineering · PicPay · Nov 2021 – Present · 5 yrs 1 mo',
      'Performance Architect · Snowflake · May 2021 – Nov 2021 · 7 mos',
      'Performance Architect · Netflix · Dec 2012 – May 2021 · 8 yrs 6 mos',
      'Performance Engineer · Expedia · Jan 2011 – Dec 2012 · 2 yrs',
      'Performance Engineer · Dell · Jan 2007 – Jan 2011 · 4 yrs 1 mo',
    ]);
    expect(a.matches).toHaveLength(5);
  });

  it('given netflix, answers the whole role: dates, location, every highlight and the projects built there', () => {
    const a = ask('/experience netflix');
    expect(a.title).toBe('Performance Architect at Netflix');
    expect(a.subtitle).toBe('Los Gatos, CA · Dec 2012 – May 2021 · 8 yrs 6 mos');
    expect(a.sections.find((s) => s.heading === 'Highlights')!.bullets).toHaveLength(13);
    expect(a.sections.find((s) => s.heading === 'Projects')!.bullets.join('\n')).toContain('FlameScope');
    expect(a.links.map((l) => l.url)).toContain('https://github.com/Netflix/flamescope');
  });

  it('given picpay, shows the company description', () => {
    expect(ask('/experience picpay').body).toContain('largest digital wallet in Latin America');
  });

  it('given a year, answers every role held that year', () => {
    expect(ask('/experience 2011').matches.map((m) => m.title)).toEqual([
      'Performance Engineer at Expedia',
      'Performance Engineer at Dell',
    ]);
    expect(ask('/experience 2021').matches.map((m) => m.title)).toEqual([
      'VP, Platform Engineering at PicPay',
      'Performance Architect at Snowflake',
      'Performance Architect at Netflix',
    ]);
  });

  it('given a company that is not in the résumé, says so and invents nothing', () => {
    const a = ask('/experience google');
    expect(a.kind).toBe('empty');
    expect(a.matches).toEqual([]);
    expect(a.title).toBe('No role matches “google”');
  });

  it('given a typo too far for a match, suggests the close name', () => {
    const a = ask('/experience nteflx');
    expect(a.kind).toBe('empty');
    expect(a.suggestions).toContain('/experience Netflix');
  });

  it('given a skill, points to /skills instead', () => {
    const a = ask('/experience kubernetes');
    expect(a.kind).toBe('empty');
    expect(a.suggestions[0]).toBe('/skills kubernetes');
  });

  it('given "current" with no ongoing role, answers the most recent one and says it is over', () => {
    const resume = parseResume(
      {
        basics: { name: 'Ada' },
        work: [
          { name: 'Old', position: 'Dev', startDate: '2001', endDate: '2003' },
          { name: 'Newer', position: 'Lead', startDate: '2004', endDate: '2010-06' },
        ],
      },
      'inline',
    );
    const a = createBot({ resume, aliases: emptyAliases, clock: () => FIXED_NOW }).answer({
      platform: 'cli',
      command: 'experience',
      text: 'current',
    });
    expect(a.title).toBe('No current role; the most recent: Lead at Newer');
    expect(a.matches.map((m) => m.title)).toEqual(['Lead at Newer']);
  });
});

describe('/skills', () => {
  it('given kafka, answers the skill and its group; no role says Kafka, so PicPay (event streaming) is only related', () => {
    const a = ask('/skills kafka');
    expect(a.title).toBe('Kafka');
    expect(a.subtitle).toBe('Technical Skills');
    expect(a.sections[0]!.heading).toBe('Where it shows up');
    expect(a.sections[0]!.bullets.join('\n')).not.toContain('PicPay');
    expect(a.sections[1]!.heading).toBe('Related: these mention event streaming, not Kafka');
    expect(a.sections[1]!.bullets.join('\n')).toContain('PicPay');
    expect(a.matches.map((m) => m.section)).toEqual(['skills']);
  });

  it('given observability, lists the roles and projects whose text says it as where it shows up', () => {
    const a = ask('/skills observability');
    expect(a.sections[0]!.bullets.join('\n')).toContain('PicPay');
    expect(a.matches.map((m) => m.section)).toContain('projects');
  });

  it('given a group name, lists the group', () => {
    const a = ask('/skills technical skills');
    expect(a.title).toBe('Technical Skills');
    expect(a.sections[0]!.bullets).toContain('Kubernetes');
  });

  it('given no query, lists both groups with every keyword', () => {
    const a = ask('/skills');
    expect(a.sections.map((s) => s.heading)).toEqual(['Leadership Skills', 'Technical Skills']);
    expect(a.sections[1]!.bullets[0]).toContain('Kong');
  });

  it('given cobol, answers nothing', () => {
    expect(ask('/skills cobol').matches).toEqual([]);
  });

  describe('a kind of skill, asked for as a whole', () => {
    const stack = createBot({
      resume: parseResume(
        {
          basics: { name: 'Ana Lima' },
          skills: [
            { name: 'Web', keywords: ['React', 'Django', 'PostgreSQL', 'SQL'] },
            { name: 'Ops', keywords: ['AWS', 'Kubernetes', 'DBeaver'] },
          ],
        },
        'stack.json',
      ),
      aliases: emptyAliases,
      clock: () => FIXED_NOW,
    });
    const of = (line: string) => stack.answer(parseLine(line));

    it('given databases, lists the skills that are databases: never a language (SQL) or a database tool', () => {
      const a = of('/skills databases');
      expect(a.title).toBe("Databases among Ana Lima's skills");
      expect(a.matches.map((m) => m.title)).toEqual(['PostgreSQL']);
    });

    it('given frameworks or cloud platforms, lists those of that kind with their group', () => {
      expect(of('/skills frameworks').sections[0]!.bullets).toEqual(['React — Web', 'Django — Web']);
      expect(of('/skills cloud platforms').matches.map((m) => m.id)).toEqual(['skills-1-0']);
    });

    it('given a group called by the words, answers the group as before', () => {
      expect(ask('/skills technical skills').title).toBe('Technical Skills');
    });

    it('given a kind she has none of, answers nothing, as a skill she lacks', () => {
      expect(ask('/skills frameworks').matches).toEqual([]);
    });
  });
});

describe('/projects, /education, /contact, /about', () => {
  it('given flamescope, answers the project with its link and company', () => {
    const a = ask('/projects flamescope');
    expect(a.title).toBe('FlameScope');
    expect(a.fields).toContainEqual({ label: 'Built at', value: 'Netflix', inline: true });
    expect(a.links).toEqual([{ label: 'FlameScope', url: 'https://github.com/Netflix/flamescope' }]);
  });

  it('given no query, lists all eleven projects', () => {
    expect(ask('/projects').matches).toHaveLength(11);
  });

  it('given /education, lists both entries with their years, the degree above the programme listed before it', () => {
    const a = ask('/education');
    expect(a.sections.map((s) => s.bullets[0])).toEqual(['2002 – 2008', '2009 – 2010']);
  });

  it('given /contact, answers email, phone (marked as private data) and profiles', () => {
    const a = ask('/contact');
    expect(a.fields.find((f) => f.label === 'Email')!.value).toBe('hello@martinspier.io');
    expect(a.fields.find((f) => f.label === 'Phone')).toMatchObject({ value: '+1 (425) 351-8800', sourcePath: 'basics.phone' });
    expect(a.links.map((l) => l.label)).toEqual(['Email', 'LinkedIn', 'GitHub']);
    expect(a.matches).toEqual([{ section: 'basics', id: 'basics', title: 'Martin Spier' }]);
  });

  it('given /about, answers the headline, summary and current role', () => {
    const a = ask('/about');
    expect(a.subtitle).toContain('VP of Engineering');
    expect(a.body).toContain('Engineering Leader');
    expect(a.fields[0]).toEqual({ label: 'Current role', value: 'VP, Platform Engineering at PicPay (Nov 2021 – Present · 5 yrs 1 mo)' });
  });
});

describe('requests', () => {
  it('given an over-long question, refuses politely', () => {
    const a = ask(`/resume ${'netflix '.repeat(100)}`);
    expect(a.kind).toBe('refusal');
    expect(a.matches).toEqual([]);
  });

  it('given an unknown command, says so and lists the real ones', () => {
    const a = ask('/salary');
    expect(a.kind).toBe('empty');
    expect(a.suggestions).toContain('/experience');
  });

  it('given a question that matches nothing anywhere, says so', () => {
    const a = ask('quantum basket weaving');
    expect(a.kind).toBe('empty');
    expect(a.route?.command).toBe('resume');
  });

  it.each([
    ['/education degree', 'education'],
    ['/education schooling', 'education'],
    ['/experience jobs', 'experience'],
    ['/projects side project', 'projects'],
    ['what degree does he hold?', 'education'],
  ])('given %s, a query that only restates the command, answers the whole section', (line, command) => {
    const a = ask(line);
    const all = ask(`/${command}`);
    expect(a.kind).toBe('list');
    expect(a.matches.map((m) => m.id)).toEqual(all.matches.map((m) => m.id));
  });

  it.each(['/education harvard degree', '/experience google jobs', 'does he hold a degree from harvard?'])(
    'given %s, a generic word beside one that matches nothing, still says nothing matches',
    (line) => {
      const a = ask(line);
      expect(a.kind).toBe('empty');
      expect(a.matches).toEqual([]);
    },
  );

  it('given a swapped résumé, answers from the new one from the next request on', () => {
    const b = martinBot();
    b.replace(
      parseResume({ basics: { name: 'Grace Hopper' }, work: [{ name: 'US Navy', position: 'Rear Admiral', startDate: '1943' }] }, 'x'),
      emptyAliases,
    );
    expect(b.answer({ platform: 'cli', command: 'experience', text: 'navy' }).title).toBe('Rear Admiral at US Navy');
    expect(b.answer({ platform: 'cli', command: 'experience', text: 'netflix' }).kind).toBe('empty');
  });
});

describe('autocomplete', () => {
  it('given a partial company, suggests it first', () => {
    expect(bot.complete('experience', 'netf')[0]).toBe('Netflix');
  });
  it('given nothing typed, offers at most 25 choices, each ≤ 100 characters', () => {
    const choices = bot.complete('resume', '', 25);
    expect(choices.length).toBe(25);
    for (const c of choices) expect(c.length).toBeLessThanOrEqual(100);
  });
  it('given a command without an option, offers nothing', () => {
    expect(bot.complete('contact', 'x')).toEqual([]);
  });
  it('given a partial longer than the query limit, offers nothing (and does not search it)', () => {
    expect(bot.complete('experience', 'netflix')).toContain('Netflix');
    expect(bot.complete('experience', `netflix ${'x'.repeat(400)}`)).toEqual([]);
  });
});
