/**
 * The App Home tab: who this is, the roles timeline and how to ask. Built from the same
 * answers the commands give (so dates and wording match), asked for a public audience because
 * anyone in the workspace can open it, and within the 100-block limit of a Home view.
 */
import type { Answer } from '../model/answer.js';
import { notAllowedAnswer, type Pipeline } from '../core/pipeline.js';
import type { types } from '@slack/bolt';
import { SLACK_LIMITS, type Block } from './limits.js';
import { context, pack, renderAnswer, section } from './render.js';
import { escapeSlack, fit } from './text.js';

export type HomeView = types.HomeView;

/** Blocks the timeline may use, so that a résumé with hundreds of roles still fits. */
const MAX_TIMELINE_BLOCKS = 30;
const SUMMARY_CHARS = 1500;

export function buildHomeView(pipeline: Pipeline, teamId: string | undefined, userId?: string): HomeView {
  const { bot } = pipeline;
  const lookup = (command: string, text = '', person?: string): Answer =>
    pipeline.lookup({ platform: 'slack', audience: 'public', command, text, tenantId: teamId, userId, ...(person ? { person } : {}) });
  // In a directory, the viewer's own résumé when meta.chat names them, otherwise everyone.
  const own = bot.people && bot.people.length > 1 ? lookup('about', 'my').person : undefined;
  if (bot.people && bot.people.length > 1 && !own) return directoryHomeView(lookup('people'));
  const ask = (command: string): Answer => lookup(command, '', own?.id);
  const about = ask('about');
  const timeline = ask('experience');
  const name = about.person?.name ?? bot.resume.basics.name;

  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fit(name || 'Résumé', SLACK_LIMITS.headerText), emoji: true } },
  ];
  if (about.subtitle) blocks.push(context(fit(about.subtitle, SLACK_LIMITS.contextText)));
  if (about.body) blocks.push(section(fit(about.body, SUMMARY_CHARS)));
  for (const field of about.fields.slice(0, 3)) blocks.push(section(`*${fit(field.label, 200)}*\n${fit(field.value, 2000)}`));

  blocks.push({ type: 'divider' }, section('*Roles*'));
  const roles = timeline.kind === 'list' ? timeline.sections.flatMap((s) => s.bullets) : [];
  if (roles.length) {
    const chunks = pack(
      roles.map((r) => `• ${escapeSlack(r)}`),
      SLACK_LIMITS.sectionText,
    );
    for (const chunk of chunks.slice(0, MAX_TIMELINE_BLOCKS)) blocks.push(section(chunk));
    if (chunks.length > MAX_TIMELINE_BLOCKS) blocks.push(context('The timeline goes on: try `/experience` for all of it.'));
  } else blocks.push(context('No roles listed.'));

  blocks.push({ type: 'divider' }, section('*How to ask*'));
  const slash = bot.commands.filter((c) => c.data.slash);
  const lines = slash.map(
    (c) => `\`/${fit(c.data.name, 32)}${c.data.usageHint ? ` ${fit(c.data.usageHint, 200)}` : ''}\`  ${fit(c.data.description, 200)}`,
  );
  for (const chunk of pack(lines, SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  const example = slash.flatMap((c) => c.data.examples).find((e) => e.startsWith('resume ') && e !== 'resume help');
  blocks.push(
    context(
      `Answers to slash commands are private until you press *Share in channel*. You can also mention me in a channel or send me a direct message${
        example ? `, e.g. _${fit(example.replace(/^resume\s+/, ''), 200)}_` : ''
      }.`,
    ),
  );
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** The Home tab of a directory for someone without a résumé in it: who is here, and how to ask. */
function directoryHomeView(people: Answer): HomeView {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: fit(people.title, SLACK_LIMITS.headerText), emoji: true } }];
  const lines = people.sections.flatMap((s) => s.bullets).map((b) => `• ${escapeSlack(b)}`);
  const chunks = pack(lines, SLACK_LIMITS.sectionText);
  for (const chunk of chunks.slice(0, MAX_TIMELINE_BLOCKS)) blocks.push(section(chunk));
  if (chunks.length > MAX_TIMELINE_BLOCKS) blocks.push(context('And more: try `/people` for everyone.'));
  const someone = fit(people.matches[0]?.title ?? 'a name', 100);
  blocks.push(
    { type: 'divider' },
    context(
      `Ask who fits with \`/people kafka\` or “who knows kafka?”, and about one person by naming them: \`/experience ${someone}\`, “where did ${someone} study?”. Everything you can ask: \`/resume help\`.`,
    ),
  );
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** The Home tab of a workspace outside SLACK_ALLOWED_TEAMS: the usual polite refusal, nothing of the résumé. */
export function unavailableHomeView(): HomeView {
  return { type: 'home', blocks: renderAnswer(notAllowedAnswer(), { visibility: 'private' }).blocks };
}
