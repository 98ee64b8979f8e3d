import { makeAnswer, type AnswerField } from '../src/model/answer.js';
import type { Command } from './definition.js';
import { link } from './format.js';

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
      'contact', 'email', 'e mail', 'mail', 'phone', 'call', 'reach', 'linkedin', 'github', 'hire', 'in touch',
      'get a hold', 'message him', 'number', 'profiles', 'website', 'twitter',
    ],
  },
  execute(_query, { index }) {
    const { basics } = index.resume;
    const location = basics.location ? [basics.location.city, basics.location.region, basics.location.countryCode].filter(Boolean).join(', ') : '';
    const fields: AnswerField[] = [
      ...(basics.email ? [{ label: 'Email', value: basics.email, inline: true, sourcePath: 'basics.email' }] : []),
      ...(basics.phone ? [{ label: 'Phone', value: basics.phone, inline: true, sourcePath: 'basics.phone' }] : []),
      ...(basics.url ? [{ label: 'Website', value: basics.url, inline: true, sourcePath: 'basics.url' }] : []),
      ...(location ? [{ label: 'Location', value: location, inline: true, sourcePath: 'basics.location' }] : []),
      ...basics.profiles.map((p, i) => ({
        label: p.network ?? 'Profile',
        value: p.url ?? p.username ?? '',
        inline: true,
        sourcePath: `basics.profiles[${i}]`,
      })),
    ].filter((f) => f.value);
    return makeAnswer({
      kind: fields.length ? 'result' : 'empty',
      title: basics.name,
      subtitle: basics.label,
      body: fields.length ? undefined : 'This résumé gives no contact details.',
      fields,
      links: [
        ...(basics.email ? [{ label: 'Email', url: `mailto:${basics.email}` }] : []),
        ...link('Website', basics.url),
        ...basics.profiles.flatMap((p) => link(p.network ?? 'Profile', p.url)),
      ],
      matches: [{ section: 'basics', id: 'basics', title: basics.name }],
    });
  },
};
