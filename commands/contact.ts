import { makeAnswer, type AnswerField } from '../src/model/answer.js';
import type { Command } from './definition.js';
import { compact, words } from '../src/query/normalize.js';
import { link } from './format.js';
import type { Messages } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';

/** Networks that are only ever a profile (not also an employer or a common word, as "facebook" or "medium" are). */
export const NETWORKS = [
  'linkedin',
  'github',
  'gitlab',
  'bitbucket',
  'twitter',
  'mastodon',
  'bluesky',
  'soundcloud',
  'dribbble',
  'behance',
  'stackoverflow',
  'stack overflow',
  'keybase',
  'kaggle',
  'codepen',
  'substack',
  'hackerrank',
  'leetcode',
  'researchgate',
  'orcid',
  'google scholar',
  'bandcamp',
  'angellist',
  'wellfound',
];

/**
 * Contact details asked by name ("can i get her phone number?"): the basics field that gives each, and the words that
 * ask for it. One the résumé lacks is said to be missing, not answered with the others.
 */
const DETAILS: ReadonlyArray<{ field: 'phone' | 'email' | 'url'; missing: string; words: readonly string[] }> = [
  { field: 'phone', missing: 'contact.noPhone', words: ['phone', 'telephone', 'number'] },
  { field: 'email', missing: 'contact.noEmail', words: ['email', 'e mail'] },
  { field: 'url', missing: 'contact.noWebsite', words: ['website', 'homepage'] },
];

/** The contact card: every detail and profile the résumé gives, with their links. */
function card(basics: Resume['basics'], t: Messages['t']) {
  const location = basics.location
    ? [basics.location.city, basics.location.region, basics.location.countryCode].filter(Boolean).join(', ')
    : '';
  const fields: AnswerField[] = [
    ...(basics.email ? [{ label: t('contact.email'), value: basics.email, inline: true, sourcePath: 'basics.email' }] : []),
    ...(basics.phone ? [{ label: t('contact.phone'), value: basics.phone, inline: true, sourcePath: 'basics.phone' }] : []),
    ...(basics.url ? [{ label: t('contact.website'), value: basics.url, inline: true, sourcePath: 'basics.url' }] : []),
    ...(location ? [{ label: t('contact.location'), value: location, inline: true, sourcePath: 'basics.location' }] : []),
    ...basics.profiles.map((p, i) => ({
      label: p.network ?? t('contact.profile'),
      value: p.url ?? p.username ?? '',
      inline: true,
      sourcePath: `basics.profiles[${i}]`,
    })),
  ].filter((f) => f.value);
  const links = [
    ...(basics.email ? [{ label: t('contact.email'), url: `mailto:${basics.email}` }] : []),
    ...link(t('contact.website'), basics.url),
    ...basics.profiles.flatMap((p) => link(p.network ?? t('contact.profile'), p.url)),
  ];
  return { title: basics.name, subtitle: basics.label, fields, links };
}

export const contact: Command = {
  data: {
    name: 'contact',
    description: 'How to reach him: email, phone, profiles',
    usageHint: '',
    option: null,
    examples: ['contact'],
    slash: true,
  },
  routing: {
    // "What's his email address?": the cue decides, whatever else the question holds.
    priority: 0,
    decisive: true,
    cues: [
      'contact',
      'email',
      'e mail',
      'mail',
      'phone',
      'call',
      'reach',
      // Hiring them, not whom they hired ("how many people did he hire?").
      'hire him',
      'hire her',
      'hire them',
      'to hire',
      'for hire',
      'hiring him',
      'hiring her',
      'can i hire',
      'can we hire',
      'could i hire',
      'could we hire',
      'should we hire',
      'how do i hire',
      'how can i hire',
      'how do we hire',
      'in touch',
      'get a hold',
      'message him',
      'number',
      'profiles',
      'website',
      // basics.location's address: where to write to, not a verb ("how did he address latency?").
      'his address',
      'her address',
      'their address',
      'mailing address',
      'postal address',
      'home address',
      'street address',
    ],
    // A network asks for that profile: answered with it, or with none when the résumé lists none there. A detail
    // asks for that detail.
    topics: [...NETWORKS, ...DETAILS.flatMap((d) => d.words)],
  },
  execute(query, { index, messages }) {
    const { basics } = index.resume;
    const t = messages.t.bind(messages);
    const typed = words(query.text);
    const said = ` ${typed.join(' ')} `;
    const asksFor = (w: string) => said.includes(` ${w} `);
    const lacking = DETAILS.find((d) => d.words.some(asksFor) && !basics[d.field]);
    // What it lacks, said so, and how else to reach them.
    if (lacking) return makeAnswer({ ...card(basics, t), kind: 'empty', body: t(lacking.missing, { owner: basics.name }) });
    const asked = compact(typed.filter((w) => !DETAILS.some((d) => d.words.includes(w))).join(' '));
    if (asked) {
      const profiles = basics.profiles
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.network && compact(p.network) && asked.includes(compact(p.network)));
      return makeAnswer({
        kind: profiles.length ? 'result' : 'empty',
        title: basics.name,
        subtitle: basics.label,
        body: profiles.length ? undefined : t('contact.noProfile', { owner: basics.name, network: query.text }),
        fields: profiles
          .map(({ p, i }) => ({
            label: p.network ?? t('contact.profile'),
            value: p.url ?? p.username ?? '',
            inline: true,
            sourcePath: `basics.profiles[${i}]`,
          }))
          .filter((f) => f.value),
        links: profiles.flatMap(({ p }) => link(p.network ?? t('contact.profile'), p.url)),
        suggestions: profiles.length ? [] : ['/contact'],
        matches: profiles.length ? [{ section: 'basics', id: 'basics', title: basics.name }] : [],
      });
    }
    const shown = card(basics, t);
    return makeAnswer({
      ...shown,
      kind: shown.fields.length ? 'result' : 'empty',
      body: shown.fields.length ? undefined : t('contact.none'),
      matches: [{ section: 'basics', id: 'basics', title: basics.name }],
    });
  },
};
