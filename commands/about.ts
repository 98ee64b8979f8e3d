import { makeAnswer } from '../src/model/answer.js';
import { livesIn, livesOutside, locationLine } from '../src/query/place.js';
import { countryAsked, isRegionOrCountry } from '../src/query/regions.js';
import type { Command } from './definition.js';
import { workDates, workTitle } from './experience.js';
import { placedRoles, rolesIn, rolesWhere } from './residence.js';
import { underWayEntries } from './timeline.js';

export const about: Command = {
  data: {
    name: 'about',
    description: 'Who he is: headline, summary and current role',
    usageHint: '',
    option: null,
    examples: ['about'],
    slash: true,
  },
  routing: {
    // The person as a whole: answered when the rest of the question names nothing in the résumé.
    priority: 0,
    role: 'person',
    cues: [
      'who is',
      'who s',
      'whos',
      'about him',
      'about her',
      'about them',
      // "What's her deal?": what she is about.
      'his deal',
      'summary',
      'summarize',
      'bio',
      'biography',
      'introduce',
      'introduction',
      'background',
      'overview',
      'profile',
      'where is he from',
      'where is he based',
      'based',
      'located',
      'lives',
      'live',
      'living',
      'location',
      // "What city is she in?": where they are, unless the rest names where something else was ("which city did she study in?").
      'what city',
      'which city',
      'what town',
      'which town',
      'what country',
      'which country',
      'headline',
    ],
    // Whether they are looking for work is the person's own standing, not a role to match: what they say of
    // themselves answers it (a graduate "eager to join an engineering team"), or shows that it says nothing.
    strongCues: [
      'looking for a job',
      'looking for a new job',
      'looking for work',
      'looking for a role',
      'looking for a new role',
      'looking for a position',
      'looking for employment',
      'looking for opportunities',
      'looking for new opportunities',
      'seeking a job',
      'seeking work',
      'seeking a role',
      'seeking employment',
      'job hunting',
      'job searching',
      'job seeking',
      'open to work',
      'open to opportunities',
      'open to new opportunities',
      // Open to, willing to, available for something ("relocation", "remote work", "a contract"): the person's own
      // standing too, never an entry that happens to say "open" (an open-source project) or "available".
      'open to',
      'open for',
      'willing to',
      'available to',
      'available for',
    ],
  },
  // "Does she live in Lisbon?": answered only when her own location says so.
  modifiers: ['place'],
  execute(query, { index, now, commands, messages }) {
    const { basics, work } = index.resume;
    const current = underWayEntries(work, now).map(({ entry }) => entry);
    const location = locationLine(basics.location);
    const place = query.modifier?.kind === 'place' ? query.modifier.name : '';
    const outside = query.modifier?.kind === 'place' && query.modifier.outside === true;
    // With no location of their own, where they are is where their current roles are ("London, UK"); where they live
    // is no role's to say.
    const living = query.modifier?.kind === 'place' && query.modifier.living === true;
    const working = placedRoles(index.resume, now);
    const roles = living ? [] : working;
    // Where their own location says they are; without one, where their current roles are, said as no more than that.
    const unplacedBody = () =>
      location
        ? messages.t('about.elsewhere.body', { owner: basics.name, location })
        : working.length
          ? messages.t('about.roleElsewhere.body', { owner: basics.name, location: rolesWhere(working) })
          : messages.t('about.nowhere.body', { owner: basics.name });
    const asked = place.split(' ');
    const there = place && roles.length ? rolesIn(index.resume, roles, asked) : [];
    const notThere = roles.length
      ? Boolean(place) && (outside ? there.length > 0 : there.length === 0)
      : Boolean(place) && (outside ? !livesOutside(basics.location, asked) : !livesIn(basics.location, asked));
    // Only a country or a region, which a location names, is ruled out: never a place that may hold the one given.
    const ruledOut = Boolean(place) && (isRegionOrCountry(place) || countryAsked(asked));
    if (notThere && roles.length)
      return makeAnswer({
        kind: 'empty',
        title: outside
          ? messages.t('about.inside.title', { place })
          : ruledOut
            ? messages.t('about.elsewhere.title', { place })
            : messages.t('about.unsaid.title', { place }),
        body: messages.t('about.roleElsewhere.body', { owner: basics.name, location: rolesWhere(roles) }),
        suggestions: ['/about'],
      });
    // Outside a place: a location given there says not; none given says nothing either way.
    if (notThere && outside)
      return makeAnswer({
        kind: 'empty',
        title: location ? messages.t('about.inside.title', { place }) : messages.t('about.nowhere.title'),
        body: unplacedBody(),
        suggestions: ['/about'],
      });
    if (notThere)
      return makeAnswer({
        kind: 'empty',
        // Without a location, the résumé says nothing either way: no "not in", nor of a place that may hold the one
        // given ("the bay area" of San Francisco).
        title: !location
          ? messages.t('about.nowhere.title')
          : ruledOut
            ? messages.t('about.elsewhere.title', { place })
            : messages.t('about.unsaid.title', { place }),
        body: unplacedBody(),
        suggestions: ['/about'],
      });
    return makeAnswer({
      kind: 'result',
      title: basics.name,
      subtitle: basics.label,
      body: basics.summary,
      fields: [
        ...current.map((w) => ({
          label: messages.t('about.currentRole'),
          value: `${workTitle(w, messages)} (${workDates(w, now, messages)})`,
        })),
        ...(location ? [{ label: messages.t('about.location'), value: location, inline: true, sourcePath: 'basics.location' }] : []),
        ...(roles.length ? [{ label: messages.t('about.workLocation'), value: rolesWhere(roles), inline: true }] : []),
      ],
      // What to ask next: the résumé's first sections, then how to reach the person.
      suggestions: [
        ...index.sections.slice(0, 3).map((s) => `/${s.command}`),
        ...commands.filter((c) => c.routing?.decisive).map((c) => `/${c.data.name}`),
      ],
      matches: [{ section: 'basics', id: 'basics', title: basics.name }],
    });
  },
};
