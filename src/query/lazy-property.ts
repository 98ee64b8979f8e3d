/**
 * An object's property made when first read. Defined on the object once it is made, not as a getter in its
 * literal: V8 keeps an object whose literal has a getter in dictionary mode, where reading any property of it is
 * a hash lookup, and a directory reads a thousand people's objects on every question across everyone.
 */
export function withLazyProperty<T extends object, K extends string, V>(target: T, key: K, make: () => V): T & Readonly<Record<K, V>> {
  let value: V | undefined;
  let made = false;
  const get = (): V => {
    if (!made) {
      value = make();
      made = true;
    }
    return value!;
  };
  return Object.defineProperty(target, key, { get, enumerable: true }) as T & Readonly<Record<K, V>>;
}
