/**
 * One global middleware in place of a Bolt listener per handler.
 *
 * Bolt runs every listener's chain on every request: for each listener a copy of its
 * middleware array, an async matcher per step (onlyCommands, matchCommandName, …) and a
 * fresh spread of the arguments per step, then Promise.allSettled over all of them. With
 * our three listeners (command, action, event) and an in-flight middleware, a slash command
 * took 1.25 M instructions in the server against 0.61 M for a bare Bolt app; routed from this
 * one middleware, 0.89 M (callgrind over the bench's slash-command mix). Here the handlers register on a
 * stand-in for the App, and one middleware matches them with the same rules as Bolt's
 * built-in matchers and calls them with the same arguments Bolt gives a listener. It also
 * keeps the work in flight, so stop() can let it finish.
 *
 * Anything registered through the stand-in other than command, action (by action_id) or
 * event (app.message, app.view, an action constraint object…) goes to Bolt itself, and the
 * middleware then also runs Bolt's own listeners for every request.
 */
import { MultipleListenerError, type AllMiddlewareArgs, type AnyMiddlewareArgs, type App, type Middleware } from '@slack/bolt';

type Kind = 'command' | 'action' | 'event';
type Pattern = string | RegExp;
type ListenerArgs = AnyMiddlewareArgs & AllMiddlewareArgs;
type Listener = (args: ListenerArgs) => unknown;

interface Route {
  kind: Kind;
  pattern: Pattern;
  chain: Listener[];
}

export interface Dispatcher {
  /** Register handlers on this instead of the App (command, action and event land here). */
  readonly registry: App;
  /** Install with app.use(): runs the matching handlers. */
  readonly middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves when the handler work running now has finished (never rejects). */
  settled(): Promise<void>;
}

/** Bolt's listener `next`: the end of the chain. */
const end = (): Promise<void> => Promise.resolve();

/** Bolt's matchers (middleware/builtin.js): onlyCommands + matchCommandName, onlyActions + matchConstraints({ action_id }), onlyEvents + matchEventType. */
function matches(route: Route, args: ListenerArgs): boolean {
  const a = args as unknown as Record<string, { command?: string; action_id?: string; type?: string } | undefined>;
  const { pattern } = route;
  switch (route.kind) {
    case 'command': {
      const name = a.command?.command;
      if (name === undefined) return false;
      return typeof pattern === 'string' ? name === pattern : pattern.test(name);
    }
    case 'action': {
      const id = a.action ? a.payload?.action_id : undefined;
      if (id === undefined) return false;
      if (typeof pattern === 'string') return id === pattern;
      const found = id.match(pattern);
      if (found) args.context.actionIdMatches = found;
      return found !== null;
    }
    case 'event': {
      const type = a.event?.type;
      if (type === undefined) return false;
      if (typeof pattern === 'string') return type === pattern;
      const found = type.match(pattern);
      if (found) args.context.matches = found;
      return found !== null;
    }
  }
}

/**
 * Runs one listener chain as Bolt does: each step's `next` calls the following one; the last
 * gets a no-op. Like Bolt, each step gets its own copy of the arguments, except that a single
 * one-step chain takes this middleware's own arguments object (made by Bolt for this call and
 * used by no one after it) with `next` replaced: the same thing, without a copy per request.
 */
function run(chain: Listener[], args: ListenerArgs, own: boolean, i = 0): Promise<void> {
  const last = i === chain.length - 1;
  try {
    let stepArgs: ListenerArgs;
    if (own && chain.length === 1) {
      args.next = end;
      stepArgs = args;
    } else stepArgs = { ...args, next: last ? end : () => run(chain, args, false, i + 1) };
    // An async listener's own promise is passed on as it is (what it resolves to is ignored).
    return Promise.resolve(chain[i]!(stepArgs)) as Promise<void>;
  } catch (error) {
    return Promise.reject(error);
  }
}

/** As Bolt aggregates its listeners: one failure is rethrown as it is, several as a MultipleListenerError. */
async function all(works: Promise<void>[]): Promise<void> {
  const rejected = (await Promise.allSettled(works)).filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected.length === 1) throw rejected[0]!.reason;
  if (rejected.length > 1) throw new MultipleListenerError(rejected.map((r) => r.reason as Error));
}

function isInvalidEventName(pattern: Pattern): boolean {
  return typeof pattern === 'string' ? pattern.startsWith('message.') : pattern.source.startsWith('message\\.');
}

export function createDispatcher(app: App): Dispatcher {
  const routes: Route[] = [];
  const inflight = new Set<Promise<void>>();
  /** Something was registered with Bolt itself: its listeners must run too. */
  let delegated = false;

  const boltMethod = (name: PropertyKey) => {
    delegated = true;
    return (Reflect.get(app, name) as (...args: unknown[]) => unknown).bind(app);
  };
  const add = (kind: Kind, pattern: Pattern, chain: unknown[]) => {
    if (chain.length === 0 || chain.some((step) => typeof step !== 'function')) return boltMethod(kind)(pattern, ...chain);
    routes.push({ kind, pattern, chain: chain as Listener[] });
    return undefined;
  };

  const registry = new Proxy(app, {
    get(target, prop) {
      if (prop === 'command') return (pattern: Pattern, ...chain: unknown[]) => add('command', pattern, chain);
      if (prop === 'action') {
        return (constraints: unknown, ...chain: unknown[]) =>
          typeof constraints === 'string' || constraints instanceof RegExp ? add('action', constraints, chain) : boltMethod('action')(constraints, ...chain);
      }
      if (prop === 'event') {
        // Bolt refuses "message.im" and the like with a helpful error: let it.
        return (pattern: Pattern, ...chain: unknown[]) => (isInvalidEventName(pattern) ? boltMethod('event')(pattern, ...chain) : add('event', pattern, chain));
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? boltMethod(prop) : value;
    },
  });

  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const boltNext = args.next;
    let only: Route | undefined;
    let matched: Route[] | undefined;
    for (const route of routes) {
      if (!matches(route, args)) continue;
      if (only === undefined) only = route;
      else (matched ??= [only]).push(route);
    }
    let work: Promise<void>;
    if (only !== undefined && matched === undefined && !delegated) work = run(only.chain, args, true);
    else {
      const works = (matched ?? (only ? [only] : [])).map((route) => run(route.chain, args, false));
      if (delegated) works.push(boltNext());
      if (works.length === 0) return;
      work = all(works);
    }
    inflight.add(work);
    try {
      await work;
    } finally {
      inflight.delete(work);
    }
  };

  return {
    registry,
    middleware,
    async settled() {
      await Promise.allSettled([...inflight]);
    },
  };
}
