/**
 * What reaches the query layer from Slack's wire format, and the request checks that run
 * before Bolt: the query is what the user typed (the bot's own mention removed), and only
 * fresh timestamps pass.
 */
import { describe, expect, it } from 'vitest';
import { commandText, messageText } from '../../src/slack/incoming.js';
import { isFreshTimestamp } from '../../src/http/freshness.js';
import { slackApiBase } from '../../src/slack/start.js';

describe('message text', () => {
  it('given a mention of the bot, removes it and the punctuation after it', () => {
    expect(messageText('<@UBOT> what did he do at netflix?', 'UBOT')).toBe('what did he do at netflix?');
    expect(messageText('<@UBOT|resume>: skills', 'UBOT')).toBe('skills');
    expect(messageText('hey <@UBOT>, projects', 'UBOT')).toBe('hey, projects');
  });

  it('given other tokens, keeps readable words instead of markup', () => {
    expect(messageText('<@U0ANA|ana> <#C1|general> <!here> <https://x.example|site> <mailto:a@b.c|a@b.c>', 'UBOT')).toBe(
      '@ana #general @here site a@b.c',
    );
    expect(messageText('<@U0OTHER> <!subteam^S1>', 'UBOT')).toBe('@someone @subteam');
  });

  it('given Slack-escaped characters, decodes them once', () => {
    expect(messageText('R&amp;D &lt;b&gt;', 'UBOT')).toBe('R&D <b>');
    expect(commandText('&lt;!channel&gt; &amp;amp;')).toBe('<!channel> &amp;');
  });

  it('given something that is not text, yields an empty query', () => {
    expect(messageText(undefined)).toBe('');
    expect(commandText(42)).toBe('');
  });
});

describe('request timestamp', () => {
  const now = 1_700_000_000_000;
  it('accepts timestamps within five minutes either way', () => {
    expect(isFreshTimestamp(String(now / 1000), now)).toBe(true);
    expect(isFreshTimestamp(String(now / 1000 - 299), now)).toBe(true);
    expect(isFreshTimestamp(String(now / 1000 + 299), now)).toBe(true);
  });

  it('refuses stale, future, missing and malformed ones', () => {
    expect(isFreshTimestamp(String(now / 1000 - 301), now)).toBe(false);
    expect(isFreshTimestamp(String(now / 1000 + 301), now)).toBe(false);
    expect(isFreshTimestamp(undefined, now)).toBe(false);
    expect(isFreshTimestamp(['1', '2'], now)).toBe(false);
    expect(isFreshTimestamp('17e8', now)).toBe(false);
    expect(isFreshTimestamp('', now)).toBe(false);
  });
});

describe('SLACK_API_URL', () => {
  it('gets the trailing slash the Web API client needs, and stays unset when unset', () => {
    expect(slackApiBase('https://slack-gov.com/api')).toBe('https://slack-gov.com/api/');
    expect(slackApiBase('http://127.0.0.1:9/api/')).toBe('http://127.0.0.1:9/api/');
    expect(slackApiBase(undefined)).toBeUndefined();
  });
});
