/**
 * Slack's Block Kit limits in one place, and `checkSlackMessage`, the validator every
 * renderer test (and the fake Slack server in tests) runs each outgoing message through.
 * Slack rejects a message that breaks any of these with `invalid_blocks`, so the renderer
 * must never produce one; the validator is how we know it does not.
 *
 * The validator also enforces our own safety rule: no text may carry an unescaped `<`, `>`
 * or `&`, and no `<!…>` / `<#…>` / `<@…>` control sequence other than the user mentions the
 * caller explicitly allows ("shared by <@U…>"). That is what keeps `<!channel>` typed into a
 * query, or written in the résumé, from ever pinging anyone.
 */
import type { types } from '@slack/bolt';

export const SLACK_LIMITS = {
  /** Blocks in one message (chat.postMessage, response_url, slash command response). */
  messageBlocks: 50,
  /** Blocks in a Home tab view. */
  homeBlocks: 100,
  /** Top-level `text` of a message: Slack truncates beyond 40k, and recommends 4,000. */
  messageText: 4000,
  /** `text` of a section block. */
  sectionText: 3000,
  /** `fields` of a section block, and each field's text. */
  sectionFields: 10,
  fieldText: 2000,
  /** Header block text (plain_text only). */
  headerText: 150,
  /** Elements of a context block, and each element's text (a text object: 3,000). */
  contextElements: 10,
  contextText: 3000,
  /** Elements of an actions block. */
  actionsElements: 25,
  /** Button text (plain_text), value, url. */
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** action_id and block_id. */
  actionId: 255,
  blockId: 255,
  /** Image block: image_url, alt_text, title (plain_text). */
  imageUrl: 3000,
  imageAltText: 2000,
  imageTitle: 2000,
} as const;

/**
 * Our own budget per message page, below Slack's hard limits: 50 full sections would be a
 * 150 KB wall of text nobody reads, so long answers are paged ("Show more") well before.
 */
export const PAGE_TEXT_BUDGET = 12_000;

/** The blocks the renderer writes: Slack's own Block Kit types (@slack/types, re-exported by Bolt). */
export type Block =
  | types.HeaderBlock
  | types.SectionBlock
  | types.ContextBlock
  | types.DividerBlock
  | types.ActionsBlock
  | types.ImageBlock;

/** A message as sent to chat.postMessage, a response_url or a slash command response. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
}

export interface CheckOptions {
  /** 'home' allows 100 blocks (views.publish); default 'message' allows 50. */
  surface?: 'message' | 'home';
  /** User ids that may appear as `<@U…>` (the clicker in "shared by"). Nothing else may ping. */
  allowedMentions?: readonly string[];
}

/** Links we emit ourselves: `<https://…|label>` or `<mailto:…|label>`, with nothing unescaped inside. */
const LINK_TOKEN = /<(?:https?:\/\/|mailto:)[^<>|\s]+(?:\|[^<>|]+)?>/g;
const MENTION_TOKEN = /<@([A-Z0-9]+)>/g;
const BARE_AMPERSAND = /&(?!amp;|lt;|gt;)/;

/** Problems with one piece of text that Slack would render (mrkdwn or plain_text). */
export function textSafetyProblems(text: string, where: string, allowedMentions: readonly string[] = []): string[] {
  const problems: string[] = [];
  let rest = text.replace(LINK_TOKEN, '');
  rest = rest.replace(MENTION_TOKEN, (token, id: string) => (allowedMentions.includes(id) ? '' : token));
  const control = /<[!#@][^>]*>/.exec(rest);
  if (control) problems.push(`${where}: control sequence ${JSON.stringify(control[0])} would notify or link`);
  else if (/[<>]/.test(rest)) problems.push(`${where}: unescaped "<" or ">"`);
  if (BARE_AMPERSAND.test(rest)) problems.push(`${where}: unescaped "&"`);
  const keyword = /@(channel|here|everyone)\b/i.exec(rest);
  if (keyword) problems.push(`${where}: bare ${JSON.stringify(keyword[0])} could be read as a broadcast`);
  return problems;
}

function checkText(
  value: unknown,
  where: string,
  max: number,
  problems: string[],
  options: CheckOptions,
  kinds: ReadonlyArray<types.TextObject['type']> = ['plain_text', 'mrkdwn'],
): void {
  if (typeof value !== 'object' || value === null) {
    problems.push(`${where}: missing text object`);
    return;
  }
  const object = value as Partial<types.TextObject>;
  if (!object.type || !kinds.includes(object.type)) problems.push(`${where}: type must be ${kinds.join(' or ')}`);
  if (typeof object.text !== 'string' || object.text.length === 0) {
    problems.push(`${where}: text must be a non-empty string`);
    return;
  }
  if (object.text.length > max) problems.push(`${where}: text is ${object.text.length} characters, limit ${max}`);
  // Non-verbatim mrkdwn lets Slack auto-parse names and keywords in the text; ours is always verbatim.
  if (object.type === 'mrkdwn' && (object as types.MrkdwnElement).verbatim !== true) problems.push(`${where}: mrkdwn must be verbatim`);
  problems.push(...textSafetyProblems(object.text, where, options.allowedMentions));
}

function checkId(value: unknown, where: string, max: number, seen: Set<string>, problems: string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length === 0) problems.push(`${where}: must be a non-empty string`);
  else if (value.length > max) problems.push(`${where}: ${value.length} characters, limit ${max}`);
  else if (seen.has(value)) problems.push(`${where}: ${JSON.stringify(value)} is not unique in the message`);
  else seen.add(value);
}

function checkButton(
  element: types.ActionsBlockElement,
  where: string,
  problems: string[],
  options: CheckOptions,
  actionIds: Set<string>,
): void {
  if (element.type !== 'button') {
    problems.push(`${where}: only buttons are rendered, got ${String(element.type)}`);
    return;
  }
  checkText(element.text, `${where}.text`, SLACK_LIMITS.buttonText, problems, options, ['plain_text']);
  if (typeof element.action_id !== 'string') problems.push(`${where}.action_id: required`);
  checkId(element.action_id, `${where}.action_id`, SLACK_LIMITS.actionId, actionIds, problems);
  if (element.value !== undefined && (typeof element.value !== 'string' || element.value.length > SLACK_LIMITS.buttonValue))
    problems.push(`${where}.value: ${String(element.value?.length)} characters, limit ${SLACK_LIMITS.buttonValue}`);
  if (element.url !== undefined && (typeof element.url !== 'string' || element.url.length > SLACK_LIMITS.buttonUrl))
    problems.push(`${where}.url: too long`);
}

/** Every problem Slack (or our no-ping rule) would have with a list of blocks. */
export function checkBlocks(blocks: unknown, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks: must be an array'];
  const max = options.surface === 'home' ? SLACK_LIMITS.homeBlocks : SLACK_LIMITS.messageBlocks;
  if (blocks.length > max) problems.push(`blocks: ${blocks.length} blocks, limit ${max}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((raw: unknown, i) => {
    const where = `blocks[${i}]`;
    const block = raw as Block;
    checkId(block.block_id, `${where}.block_id`, SLACK_LIMITS.blockId, blockIds, problems);
    switch (block.type) {
      case 'header':
        checkText(block.text, `${where}.text`, SLACK_LIMITS.headerText, problems, options, ['plain_text']);
        break;
      case 'section':
        if (block.text === undefined && block.fields === undefined) problems.push(`${where}: needs text or fields`);
        if (block.text !== undefined) checkText(block.text, `${where}.text`, SLACK_LIMITS.sectionText, problems, options);
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields) || block.fields.length === 0) problems.push(`${where}.fields: must be a non-empty array`);
          else if (block.fields.length > SLACK_LIMITS.sectionFields)
            problems.push(`${where}.fields: ${block.fields.length} fields, limit ${SLACK_LIMITS.sectionFields}`);
          block.fields.forEach((f, j) => checkText(f, `${where}.fields[${j}]`, SLACK_LIMITS.fieldText, problems, options));
        }
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0) problems.push(`${where}.elements: must be a non-empty array`);
        else {
          if (block.elements.length > SLACK_LIMITS.contextElements)
            problems.push(`${where}.elements: ${block.elements.length} elements, limit ${SLACK_LIMITS.contextElements}`);
          block.elements.forEach((e, j) => checkText(e, `${where}.elements[${j}]`, SLACK_LIMITS.contextText, problems, options));
        }
        break;
      case 'divider':
        break;
      case 'image': {
        const url = 'image_url' in block ? block.image_url : undefined;
        if (typeof url !== 'string' || !/^https?:\/\//.test(url) || url.length > SLACK_LIMITS.imageUrl)
          problems.push(`${where}.image_url: an http(s) URL of at most ${SLACK_LIMITS.imageUrl} characters is required`);
        if (typeof block.alt_text !== 'string' || !block.alt_text.trim() || block.alt_text.length > SLACK_LIMITS.imageAltText)
          problems.push(`${where}.alt_text: 1 to ${SLACK_LIMITS.imageAltText} characters are required`);
        if (block.title) checkText(block.title, `${where}.title`, SLACK_LIMITS.imageTitle, problems, options);
        break;
      }
      case 'actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0) problems.push(`${where}.elements: must be a non-empty array`);
        else {
          if (block.elements.length > SLACK_LIMITS.actionsElements)
            problems.push(`${where}.elements: ${block.elements.length} elements, limit ${SLACK_LIMITS.actionsElements}`);
          block.elements.forEach((e, j) => checkButton(e, `${where}.elements[${j}]`, problems, options, actionIds));
        }
        break;
      default:
        problems.push(`${where}: unknown block type ${JSON.stringify((raw as { type?: unknown })?.type)}`);
    }
  });
  return problems;
}

/**
 * Every problem with a message: block limits, top-level `text` (present, ≤ 4,000) and
 * the no-ping rule in every string. An empty array means Slack accepts it and nobody is
 * notified by accident.
 */
export function checkSlackMessage(message: unknown, options: CheckOptions = {}): string[] {
  if (typeof message !== 'object' || message === null) return ['message: must be an object'];
  const m = message as Partial<SlackMessage>;
  const problems: string[] = [];
  if (m.delete_original === true) return problems; // a bare deletion carries no content
  if (typeof m.text !== 'string' || m.text.trim().length === 0) problems.push('text: a plain-text fallback is required');
  else {
    if (m.text.length > SLACK_LIMITS.messageText) problems.push(`text: ${m.text.length} characters, limit ${SLACK_LIMITS.messageText}`);
    problems.push(...textSafetyProblems(m.text, 'text', options.allowedMentions));
  }
  if (m.blocks !== undefined) problems.push(...checkBlocks(m.blocks, options));
  return problems;
}
