/**
 * Discord's message, component and command limits in one place, and a validator that
 * checks an outgoing body against all of them. The renderer is built to stay inside these
 * numbers; the validator is what the tests (and the fuzz tests) hold it to.
 * Lengths are JavaScript string lengths (UTF-16 code units), which are never smaller than
 * Discord's character counts, so a body that passes here passes on Discord.
 */
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author over all embeds of a message. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  linkUrl: 512,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionName: 32,
  optionDescription: 100,
  /** A modal's title, a label's text (45), its description (100), and a paragraph input's text (4,000). */
  modalTitle: 45,
  labelText: 45,
  labelDescription: 100,
  textInputPlaceholder: 100,
  textInputValue: 4000,
} as const;

/**
 * Command and option names. Discord accepts more (any lowercase letter of any script);
 * the registry promises ASCII so the same names work on Slack too.
 */
export const COMMAND_NAME = /^[a-z0-9_-]{1,32}$/;

/** What the validator needs to see of a message body; a superset of Discord's JSON. */
export interface MessageBodyLike {
  content?: string;
  embeds?: ReadonlyArray<EmbedLike>;
  components?: ReadonlyArray<{ type: number; components?: ReadonlyArray<ComponentLike> }>;
  allowed_mentions?: { parse?: readonly string[]; users?: readonly string[]; roles?: readonly string[]; replied_user?: boolean };
  flags?: number;
}

interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  fields?: ReadonlyArray<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  author?: { name: string };
}

interface ComponentLike {
  type: number;
  style?: number;
  label?: string;
  custom_id?: string;
  url?: string;
}

/** Characters of an embed that count towards the 6,000 per message. */
export function embedLength(embed: EmbedLike): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/**
 * Mention syntax that would render (and, without allowed_mentions, ping) if it reached
 * Discord unescaped: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`, `<#channel>`.
 */
const MENTION = /@(?:everyone|here)|(?<!\\)<(?:@[!&]?|#)\d+>/;

export function hasUnescapedMention(text: string): boolean {
  return MENTION.test(text);
}

/**
 * Every way `body` would be rejected by Discord (or would ping someone), as readable
 * problems; empty when it is fine. `allowUserMentionInContent` lets the content name a
 * user as `<@id>` (the "shared by" line), which `allowed_mentions` keeps from pinging.
 */
export function checkDiscordMessage(body: MessageBodyLike, options: { allowUserMentionInContent?: boolean } = {}): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters, over ${max}`);
  };

  const content = body.content ?? '';
  over('content', content.length, LIMITS.content);
  const contentToCheck = options.allowUserMentionInContent ? content.replace(/<@\d+>/g, '') : content;
  if (hasUnescapedMention(contentToCheck)) problems.push('content contains an unescaped mention');

  const embeds = body.embeds ?? [];
  if (!content.trim() && embeds.length === 0 && !(body.components ?? []).length) problems.push('message is empty');
  if (embeds.length > LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds, over ${LIMITS.embedsPerMessage}`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embed ${i}`;
    over(`${at} title`, embed.title?.length ?? 0, LIMITS.embedTitle);
    over(`${at} description`, embed.description?.length ?? 0, LIMITS.embedDescription);
    over(`${at} footer`, embed.footer?.text.length ?? 0, LIMITS.footerText);
    over(`${at} author`, embed.author?.name.length ?? 0, LIMITS.authorName);
    if (embed.url !== undefined) over(`${at} url`, embed.url.length, LIMITS.linkUrl);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.embedFields) problems.push(`${at} has ${fields.length} fields, over ${LIMITS.embedFields}`);
    fields.forEach((field, j) => {
      if (!field.name.trim()) problems.push(`${at} field ${j} has an empty name`);
      if (!field.value.trim()) problems.push(`${at} field ${j} has an empty value`);
      over(`${at} field ${j} name`, field.name.length, LIMITS.fieldName);
      over(`${at} field ${j} value`, field.value.length, LIMITS.fieldValue);
    });
    if (embedLength(embed) === 0) problems.push(`${at} is empty`);
    const texts = [embed.title, embed.description, embed.footer?.text, embed.author?.name, ...fields.flatMap((f) => [f.name, f.value])];
    if (texts.some((t) => t !== undefined && hasUnescapedMention(t))) problems.push(`${at} contains an unescaped mention`);
    total += embedLength(embed);
  });
  over('embeds in total', total, LIMITS.embedTotal);

  const rows = body.components ?? [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} component rows, over ${LIMITS.actionRows}`);
  rows.forEach((row, i) => {
    const buttons = row.components ?? [];
    if (row.type !== ComponentType.ActionRow) problems.push(`component row ${i} is not an action row`);
    if (buttons.length === 0) problems.push(`component row ${i} is empty`);
    if (buttons.length > LIMITS.buttonsPerRow)
      problems.push(`component row ${i} has ${buttons.length} buttons, over ${LIMITS.buttonsPerRow}`);
    buttons.forEach((button, j) => {
      const at = `button ${i}.${j}`;
      over(`${at} label`, button.label?.length ?? 0, LIMITS.buttonLabel);
      if (button.style === ButtonStyle.Link) {
        if (!button.url) problems.push(`${at} is a link button without a url`);
        else over(`${at} url`, button.url.length, LIMITS.linkUrl);
        if (button.custom_id !== undefined) problems.push(`${at} is a link button with a custom_id`);
      } else {
        const id = button.custom_id ?? '';
        if (id.length < 1) problems.push(`${at} has no custom_id`);
        over(`${at} custom_id`, id.length, LIMITS.customId);
      }
    });
  });

  const mentions = body.allowed_mentions;
  if (!mentions) problems.push('allowed_mentions is missing');
  else {
    if (!Array.isArray(mentions.parse) || mentions.parse.length !== 0) problems.push('allowed_mentions.parse must be empty');
    if (mentions.users?.length) problems.push('allowed_mentions.users must be empty');
    if (mentions.roles?.length) problems.push('allowed_mentions.roles must be empty');
    if (mentions.replied_user === true) problems.push('allowed_mentions.replied_user must not be true');
  }
  return problems;
}
