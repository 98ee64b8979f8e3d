/**
 * What a user typed, recovered from Slack's wire format. Slack HTML-escapes `&`, `<`, `>`
 * in the text it sends and writes mentions, channels and links as `<…>` tokens; the query
 * layer should see the words, and the renderer escapes them again on the way out.
 */

function unescapeEntities(text: string): string {
  // Every entity starts with "&": most text has none, and is not scanned once per entity.
  return text.includes('&') ? text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : text;
}

/** Slash command text: only the entities are decoded; what looks like markup is the user's text. */
export function commandText(text: unknown): string {
  return typeof text === 'string' ? unescapeEntities(text) : '';
}

/** The users a message mentions (`<@U123>`, `<@U123|ana>`), the bot itself left out: a directory maps them to people. */
export function mentionedUsers(text: unknown, botUserId?: string): string[] {
  // Most text mentions no one: no scan, no Set.
  if (typeof text !== 'string' || !text.includes('<@')) return [];
  const ids = [...text.matchAll(/<@([A-Z0-9]+)(?:\|[^<>]*)?>/g)].map((m) => m[1]!);
  return [...new Set(ids.filter((id) => id !== botUserId))];
}

/**
 * Message text (app_mention, DM): the bot's own mention is removed, other tokens become
 * readable words (`<@U1|ana>` → "@ana", `<#C1|general>` → "#general", `<!here>` → "@here",
 * `<https://x|site>` → "site"), then entities are decoded.
 */
export function messageText(text: unknown, botUserId?: string): string {
  if (typeof text !== 'string') return '';
  const plain = text.replace(/<([^<>]*)>/g, (_token, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) {
      if (botUserId && target.slice(1) === botUserId) return ' ';
      return label ? `@${label.replace(/^@/, '')}` : '@someone';
    }
    if (target.startsWith('#')) return label ? `#${label}` : '#channel';
    if (target.startsWith('!')) {
      const keyword = target.slice(1).split('^')[0] ?? '';
      return label ? label : `@${keyword}`;
    }
    return label ?? target;
  });
  // "@bot: skills" and "@bot, skills" leave punctuation behind the removed mention.
  return unescapeEntities(plain)
    .replace(/^\s*[:,]\s*/, '')
    .replace(/\s+([,:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
