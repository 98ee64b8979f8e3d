/**
 * The dispatcher that runs the Slack handlers from one middleware instead of Bolt listeners:
 * it must match like Bolt's built-in matchers, hand each handler Bolt's listener arguments,
 * aggregate failures like Bolt, leave anything else to Bolt, and know what is in flight.
 */
import { MultipleListenerError, type App } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../src/slack/dispatch.js';

/** The part of an App the dispatcher may delegate to, recording what reached Bolt. */
function fakeApp() {
  const bolt: Array<[string, unknown]> = [];
  const app = {
    action: (constraints: unknown) => void bolt.push(['action', constraints]),
    event: (name: unknown) => {
      if (typeof name === 'string' && name.startsWith('message.')) throw new Error('Use "message" instead');
      bolt.push(['event', name]);
    },
    message: (...args: unknown[]) => void bolt.push(['message', args.length]),
  };
  return { app: app as unknown as App, bolt };
}

type Args = Parameters<ReturnType<typeof createDispatcher>['middleware']>[0];

function argsFor(body: Record<string, unknown>, next = vi.fn(async () => {})): Args {
  return { ...body, context: {}, next, logger: {}, client: {} } as unknown as Args;
}
const command = (name: string) => argsFor({ command: { command: name, text: '' }, payload: { command: name }, body: {} });
const action = (actionId?: string) => {
  const payload = actionId === undefined ? { type: 'button' } : { type: 'button', action_id: actionId };
  return argsFor({ action: payload, payload, body: { type: 'block_actions' } });
};
const event = (type: string) => argsFor({ event: { type }, payload: { type }, body: {} });

describe('Slack dispatcher', () => {
  it('given a command, action or event, runs only the handlers whose pattern matches', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    const onCommand = vi.fn(async () => {});
    const onAction = vi.fn(async () => {});
    const onEvent = vi.fn(async () => {});
    d.registry.command(/^\/sk/, onCommand);
    d.registry.action(/^(share|more)$/, onAction);
    d.registry.event(/^(app_mention|message)$/, onEvent);

    await d.middleware(command('/skills'));
    await d.middleware(command('/about'));
    await d.middleware(action('more'));
    await d.middleware(action('other'));
    await d.middleware(action());
    await d.middleware(event('message'));
    await d.middleware(event('reaction_added'));

    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('given a match, hands the handler Bolt’s listener arguments: a no-op next, the matches in context', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    const seen: Args[] = [];
    d.registry.action(/^resume_(more)$/, async (args: Args) => void seen.push(args));
    d.registry.event('app_mention', async (args: Args) => void seen.push(args));
    const clicked = action('resume_more');
    const boltNext = clicked.next;
    await d.middleware(clicked);
    const mentioned = event('app_mention');
    await d.middleware(mentioned);

    expect(seen[0]!.payload).toBe(clicked.payload);
    expect(seen[0]!.context.actionIdMatches?.[1]).toBe('more');
    await seen[0]!.next();
    expect(boltNext).not.toHaveBeenCalled();
    expect(seen[1]!.context.matches).toBeUndefined();
  });

  it('given several matching handlers, gives each its own copy of the arguments', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    const seen: Args[] = [];
    d.registry.event('message', async (args: Args) => {
      (args as unknown as Record<string, unknown>).mark = 'first';
      seen.push(args);
    });
    d.registry.event(/^mess/, async (args: Args) => void seen.push(args));
    await d.middleware(event('message'));
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    expect((seen[1] as unknown as Record<string, unknown>).mark).toBeUndefined();
  });

  it('given a chain of handlers, each next() runs the following one', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    const order: string[] = [];
    d.registry.command('/x', async ({ next }: Args) => {
      order.push('first');
      await next();
      order.push('after');
    }, async () => void order.push('second'));
    await d.middleware(command('/x'));
    expect(order).toEqual(['first', 'second', 'after']);
  });

  it('given failing handlers, rethrows one failure as it is and several as a MultipleListenerError', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    const boom = new Error('boom');
    d.registry.command('/one', () => {
      throw boom;
    });
    d.registry.event('message', async () => Promise.reject(new Error('a')));
    d.registry.event(/^mess/, async () => Promise.reject(new Error('b')));
    await expect(d.middleware(command('/one'))).rejects.toBe(boom);
    await expect(d.middleware(event('message'))).rejects.toBeInstanceOf(MultipleListenerError);
  });

  it('given registrations it does not route itself, leaves them to Bolt and runs Bolt’s listeners too', async () => {
    const { app, bolt } = fakeApp();
    const d = createDispatcher(app);
    const onCommand = vi.fn(async () => {});
    d.registry.command('/x', onCommand);
    const first = command('/x');
    const firstNext = first.next;
    await d.middleware(first);
    expect(firstNext).not.toHaveBeenCalled();

    d.registry.action({ block_id: 'b' });
    expect(() => d.registry.event('message.im', async () => {})).toThrow(/message/);
    d.registry.message(async () => {});
    expect(bolt.map(([kind]) => kind)).toEqual(['action', 'message']);

    const second = command('/x');
    const secondNext = second.next;
    await d.middleware(second);
    expect(onCommand).toHaveBeenCalledTimes(2);
    expect(secondNext).toHaveBeenCalledTimes(1);
  });

  it('given work in flight, settled() resolves once it is done, whether it succeeds or fails', async () => {
    const { app } = fakeApp();
    const d = createDispatcher(app);
    let finish!: () => void;
    d.registry.command('/slow', () => new Promise<void>((resolve) => (finish = resolve)));
    d.registry.command('/bad', async () => Promise.reject(new Error('bad')));
    const slow = d.middleware(command('/slow'));
    const bad = d.middleware(command('/bad')).catch(() => 'failed');
    let settled = false;
    const waiting = d.settled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    finish();
    await Promise.all([slow, bad, waiting]);
    expect(settled).toBe(true);
    expect(await bad).toBe('failed');
  });
});
