import { describe, expect, it } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import { ResumeFileError } from '../../src/resume/load.js';
import { ConfigError } from '../../src/config/config.js';

const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
const quiet = { LOG_LEVEL: 'silent' };

// What the process entry wires from settings: the same pipeline every adapter talks to.
describe('loading the app from settings', () => {
  it('given RATE_LIMIT_REQUESTS, limits each user across the process', async () => {
    const { pipeline } = loadApp({ env: { ...quiet, ...slack, RATE_LIMIT_REQUESTS: '2', RATE_LIMIT_WINDOW_SECONDS: '3600' } });
    const ask = async (userId: string) =>
      (await pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', userId, tenantId: 'T1' })).outcome;
    expect([await ask('U1'), await ask('U1'), await ask('U1')]).toEqual(['answered', 'answered', 'rate_limited']);
    // Another user has their own bucket.
    expect(await ask('U2')).toBe('answered');
  });

  it('given SLACK_ALLOWED_TEAMS, refuses every other workspace', async () => {
    const { pipeline } = loadApp({ env: { ...quiet, ...slack, SLACK_ALLOWED_TEAMS: 'T1' } });
    const from = (tenantId: string) =>
      pipeline.handle({ audience: 'private', platform: 'slack', command: 'contact', text: '', userId: 'U1', tenantId });
    expect((await from('T1')).outcome).toBe('answered');
    const refused = await from('T2');
    expect(refused.outcome).toBe('denied');
    expect(JSON.stringify(refused.answer)).not.toContain('martinspier');
  });

  it("given no LOG_LEVEL, uses the entry point's default level; given one, uses it", () => {
    expect(loadApp({ env: {}, defaultLogLevel: 'warn' }).logger.level).toBe('warn');
    expect(loadApp({ env: { LOG_LEVEL: 'debug' }, defaultLogLevel: 'warn' }).logger.level).toBe('debug');
  });

  it('given a broken résumé or setting, throws the error that names it', () => {
    expect(() => loadApp({ env: { RESUME_FILE: 'nowhere.json' } })).toThrow(ResumeFileError);
    expect(() => loadApp({ env: { PORT: 'eighty' } })).toThrow(ConfigError);
  });
});
