/**
 * An object of a few fields with one property made when first read: the fields, and that property read through a
 * getter its prototype holds (one per property name). Not a getter in the object's literal, which V8 keeps in
 * dictionary mode (every property read a hash lookup), nor one defined on each object, which gives each object a
 * map of its own (every read megamorphic): a directory reads a thousand people's objects on every question across
 * everyone. Past a dozen fields V8 keeps an object made this way in dictionary mode too. The property is the
 * prototype's: spreading the object or listing its keys leaves it out.
 */
interface LazyKeys {
  readonly prototype: object;
  readonly make: symbol;
  readonly value: symbol;
}

/** Not made yet (undefined may be what was made). */
const NOT_MADE = Symbol('not made');
const byName = new Map<string, LazyKeys>();

function keysFor(key: string): LazyKeys {
  let found = byName.get(key);
  if (!found) {
    const make = Symbol(`make ${key}`);
    const value = Symbol(key);
    const prototype = Object.defineProperty({}, key, {
      get(this: Record<symbol, unknown>) {
        if (this[value] === NOT_MADE) this[value] = (this[make] as () => unknown)();
        return this[value];
      },
      enumerable: true,
    });
    byName.set(key, (found = { prototype, make, value }));
  }
  return found;
}

export function withLazyProperty<T extends object, K extends string, V>(fields: T, key: K, make: () => V): T & Readonly<Record<K, V>> {
  const keys = keysFor(key);
  // Every object of one kind gets its fields in the same order, so they share one map.
  const object = Object.assign(Object.create(keys.prototype) as T, fields);
  Object.assign(object, { [keys.make]: make, [keys.value]: NOT_MADE });
  return object as T & Readonly<Record<K, V>>;
}
