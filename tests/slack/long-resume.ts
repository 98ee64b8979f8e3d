/**
 * A generated résumé whose every entry is far longer than any Slack block, and whose text
 * is laced with Slack control sequences: the worst input the renderer can be given.
 */
import { parseResume } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';

const HOSTILE = ' <!channel> & <@U0VICTIM1> <!here> @everyone ';

/** About `n` characters of prose with a hostile fragment every so often. */
export function prose(n: number, seed: string): string {
  const sentence = `${seed} scaled the platform, cut latency and mentored engineers${HOSTILE}across teams. `;
  return sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
}

export function longResume(): Resume {
  const companies = Array.from({ length: 40 }, (_, i) => `Company${i}${i % 7 === 0 ? ' <!channel>' : ''} ${'Holdings '.repeat(20)}`);
  return parseResume(
    {
      basics: {
        name: `Dana ${'Very-Long-Surname-'.repeat(12)} <!here>`,
        label: prose(600, 'Label'),
        email: 'dana@example.com',
        phone: '+1 555 0100',
        summary: prose(9000, 'Summary'),
        profiles: [{ network: 'GitHub <!channel>', username: 'dana', url: 'https://github.com/dana?x=1&y=<2>' }],
      },
      work: companies.map((name, i) => ({
        name,
        position: `Principal ${'Distinguished '.repeat(15)}Engineer ${i}`,
        location: prose(300, 'Location'),
        startDate: `${1990 + (i % 30)}-0${1 + (i % 9)}`,
        ...(i === 0 ? {} : { endDate: `${1991 + (i % 30)}-0${1 + (i % 9)}` }),
        description: prose(5000, `Description${i}`),
        highlights: Array.from({ length: 30 }, (_, j) => prose(800, `Highlight${i}.${j}`)),
      })),
      education: Array.from({ length: 12 }, (_, i) => ({
        institution: `University ${i} ${'of Advanced Studies '.repeat(10)}`,
        area: prose(400, 'Area'),
        studyType: 'PhD',
        startDate: '2000',
        endDate: '2004',
        courses: Array.from({ length: 40 }, (_, j) => prose(200, `Course${j}`)),
      })),
      skills: Array.from({ length: 15 }, (_, i) => ({
        name: `Group${i} ${'Skills '.repeat(30)}`,
        level: prose(200, 'Level'),
        keywords: Array.from({ length: 120 }, (_, j) => `kw${i}x${j}${j % 10 === 0 ? ' <!channel>' : ''}`),
      })),
      projects: Array.from({ length: 60 }, (_, i) => ({
        name: `Project${i} ${'Toolkit '.repeat(25)}`,
        description: prose(4000, `Project${i}`),
        highlights: Array.from({ length: 20 }, (_, j) => prose(500, `P${i}.${j}`)),
        keywords: Array.from({ length: 50 }, (_, j) => `pk${i}x${j}`),
        url: i % 2 ? `https://example.com/p${i}?a=1&b=2` : `https://example.com/p${i}|<!channel>`,
        entity: companies[i % 40]!.trim(),
      })),
    },
    'generated-long-resume.json',
  );
}
