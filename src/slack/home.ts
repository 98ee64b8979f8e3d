/**
 * The App Home tab: who this is, the roles timeline and how to ask. Built from the same
 * answers the commands give (so dates and wording match), asked for a public audience because
 * anyone in the workspace can open it, and within the 100-block limit of a Home view.
 */
import { commandWithRole, crowdCommand } from '../../commands/index.js';
import { commandTexts } from '../../commands/localized.js';
import type { Messages } from '../i18n/catalogue.js';
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

/** The Home tab in the viewer's language (`locale`, Slack's for that user; absent: LOCALE). */
export function buildHomeView(pipeline: Pipeline, teamId: string | undefined, userId?: string, locale?: string): HomeView {
  const { bot } = pipeline;
  const words = bot.messages(locale ? { locale } : {});
  const lookup = (command: string, text = '', person?: string): Answer =>
    pipeline.lookup({
      platform: 'slack',
      audience: 'public',
      command,
      text,
      tenantId: teamId,
      userId,
      ...(locale ? { locale } : {}),
      ...(person ? { person } : {}),
    });
  // The commands asked are those that declare the part they play: who the person is, their timeline, everyone.
  const person = commandWithRole(bot.commands, 'person')?.data.name;
  const timelineCommand = commandWithRole(bot.commands, 'timeline')?.data.name;
  const crowd = crowdCommand(bot.commands)?.data.name;
  // In a directory, the viewer's own résumé when meta.chat names them, otherwise everyone.
  const directory = Boolean(bot.people && bot.people.length > 1);
  const own = directory && person ? lookup(person, 'my').person : undefined;
  if (directory && !own && crowd) return directoryHomeView(lookup(crowd), words);
  const ask = (command: string | undefined): Answer | undefined => (command ? lookup(command, '', own?.id) : undefined);
  const about = ask(person);
  const timeline = ask(timelineCommand);
  const name = about?.person?.name ?? bot.resume.basics.name;

  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fit(name || words.t('render.untitled'), SLACK_LIMITS.headerText), emoji: true } },
  ];
  if (about?.subtitle) blocks.push(context(fit(about.subtitle, SLACK_LIMITS.contextText)));
  if (about?.body) blocks.push(section(fit(about.body, SUMMARY_CHARS)));
  for (const field of about?.fields.slice(0, 3) ?? []) blocks.push(section(`*${fit(field.label, 200)}*\n${fit(field.value, 2000)}`));

  blocks.push({ type: 'divider' }, section(`*${words.t('home.roles')}*`));
  const roles = timeline?.kind === 'list' ? timeline.sections.flatMap((s) => s.bullets) : [];
  if (roles.length) {
    const chunks = pack(
      roles.map((r) => `• ${escapeSlack(r)}`),
      SLACK_LIMITS.sectionText,
    );
    for (const chunk of chunks.slice(0, MAX_TIMELINE_BLOCKS)) blocks.push(section(chunk));
    if (chunks.length > MAX_TIMELINE_BLOCKS) blocks.push(context(words.t('home.more')));
  } else blocks.push(context(words.t('home.noRoles')));

  blocks.push({ type: 'divider' }, section(`*${words.t('home.howTo')}*`));
  // Slack's commands keep their English names; what they do is said in the viewer's words.
  const slash = bot.commands.filter((c) => c.data.slash).map((c) => ({ c, texts: commandTexts(c, words) }));
  const lines = slash.map(
    ({ c, texts }) => `\`/${fit(c.data.name, 32)}${texts.usage ? ` ${fit(texts.usage, 200)}` : ''}\`  ${fit(texts.description, 200)}`,
  );
  for (const chunk of pack(lines, SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  // An example of the command that answers any question, past its bare name: "what did he do at netflix?".
  const fallback = commandWithRole(bot.commands, 'fallback');
  const anyQuestion = slash.find(({ c }) => c === fallback);
  // Examples begin with the command's name, which Slack keeps in English.
  const prefix = fallback ? `${fallback.data.name} ` : '';
  const example = anyQuestion?.texts.examples.find((e, i) => i > 0 && e.startsWith(prefix));
  const share = words.t('render.share');
  blocks.push(
    context(
      example
        ? words.t('home.privateExample', { share, example: fit(example.slice(prefix.length).trim(), 200) })
        : words.t('home.private', { share }),
    ),
  );
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** The Home tab of a directory for someone without a résumé in it: who is here, and how to ask. */
function directoryHomeView(people: Answer, words: Messages): HomeView {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: fit(people.title, SLACK_LIMITS.headerText), emoji: true } }];
  const lines = people.sections.flatMap((s) => s.bullets).map((b) => `• ${escapeSlack(b)}`);
  const chunks = pack(lines, SLACK_LIMITS.sectionText);
  for (const chunk of chunks.slice(0, MAX_TIMELINE_BLOCKS)) blocks.push(section(chunk));
  if (chunks.length > MAX_TIMELINE_BLOCKS) blocks.push(context(words.t('home.peopleMore')));
  const someone = fit(people.matches[0]?.title ?? words.t('home.someone'), 100);
  blocks.push({ type: 'divider' }, context(words.t('home.peopleHow', { someone })));
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** The Home tab of a workspace outside SLACK_ALLOWED_TEAMS: the usual polite refusal, nothing of the résumé. */
export function unavailableHomeView(words?: Messages): HomeView {
  return { type: 'home', blocks: renderAnswer(notAllowedAnswer(words), { visibility: 'private' }).blocks };
}
