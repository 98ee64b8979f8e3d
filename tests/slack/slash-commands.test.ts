/**
 * Slash commands over HTTP: Slack signs a form post to /slack/events, and the answer comes
 * back in the HTTP response itself (the ack), privately, as Block Kit with a text fallback
 * and a "Share in channel" button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_SHARE, decodePayload } from '../../src/slack/payload.js';
import { buttonsOf, expectEveryMessageValid, slashCommand, startHarness, textOf, type Harness } from './harness.js';

describe('slash commands over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a signed /experience netflix, answers ephemerally with the Netflix role in blocks and text', async () => {
    const res = await slashCommand(h, '/experience', 'netflix');
    expect(res.status).toBe(200);
    const msg = res.json!;
    expect(msg.response_type).toBe('ephemeral');
    const blocks = msg.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(blocks[0]!.text!.text).toMatch(/Netflix/);
    expect(textOf(msg)).toMatch(/Performance Architect/);
    expect(String(msg.text)).toMatch(/Netflix/);
  });

  it('given an answer worth sharing, carries a Share button whose value re-runs the same query', async () => {
    const res = await slashCommand(h, '/skills', 'k8s');
    const share = buttonsOf(res.json!).find((b) => b.action_id === ACTION_SHARE);
    expect(share?.text.text).toBe('Share in channel');
    expect(decodePayload(share!.value)).toEqual({ command: 'skills', query: 'k8s', page: 1, public: true });
  });

  it('given a typo, still finds the company', async () => {
    const res = await slashCommand(h, '/experience', 'netflx');
    expect(textOf(res.json!)).toMatch(/Netflix/);
  });

  it('given /resume with no text or "help", answers with the help listing every slash command', async () => {
    for (const text of ['', 'help']) {
      const res = await slashCommand(h, '/resume', text);
      const all = textOf(res.json!);
      for (const name of ['/experience', '/skills', '/projects', '/education', '/contact', '/about']) expect(all).toContain(name);
    }
  });

  it('given a free-text question through /resume, routes it to the right command', async () => {
    const res = await slashCommand(h, '/resume', 'what did he do at netflix?');
    expect(textOf(res.json!)).toMatch(/Netflix/);
  });

  it('given a query longer than the limit, answers with a polite refusal and no Share button', async () => {
    const res = await slashCommand(h, '/skills', 'kubernetes '.repeat(60));
    expect(textOf(res.json!)).toMatch(/too long/i);
    expect(buttonsOf(res.json!).find((b) => b.action_id === ACTION_SHARE)).toBeUndefined();
  });

  it('given a query that matches nothing, says so without offering to share it', async () => {
    const res = await slashCommand(h, '/projects', 'zzqqxx');
    expect(res.json!.response_type).toBe('ephemeral');
    expect(buttonsOf(res.json!)).toEqual([]);
  });

  it('answers every registered slash command', async () => {
    for (const command of ['/experience', '/skills', '/projects', '/education', '/contact', '/about', '/resume']) {
      const res = await slashCommand(h, command, '');
      expect(res.status, command).toBe(200);
      expect((res.json!.blocks as unknown[]).length, command).toBeGreaterThan(0);
    }
  });

  it('given a command outside the registry routed to the app, says privately there is no such command instead of timing out', async () => {
    const res = await slashCommand(h, '/hire', 'now');
    expect(res.json!.response_type).toBe('ephemeral');
    expect(textOf(res.json!)).toMatch(/no \/hire command/i);
  });

  it('keeps the phone number in the private answer (only public messages drop it)', async () => {
    const res = await slashCommand(h, '/contact', '');
    expect(textOf(res.json!)).toContain('351-8800');
  });
});
