/**
 * Values computed from a model once and kept with it: prose segments, the shared pass, heading groups.
 *
 * They hang from the model itself rather than from a WeakMap keyed by the model: V8's young-generation
 * collections keep a WeakMap's values alive, so a long report's derived data, and through it the model,
 * were copied and promoted by every one of them long after the model was dropped.
 */
const SLOT = Symbol('derived values');

type Holder = { [SLOT]?: Map<Derived<unknown>, unknown> };

export class Derived<T> {
  /** The value kept for `owner`, if any. */
  get(owner: object): T | undefined {
    return (owner as Holder)[SLOT]?.get(this) as T | undefined;
  }

  /** Keeps `value` for `owner` and returns it. */
  set(owner: object, value: T): T {
    let values = (owner as Holder)[SLOT];
    if (!values) {
      values = new Map();
      // not enumerable: a model compared or printed shows no trace of what was derived from it
      Object.defineProperty(owner, SLOT, { value: values });
    }
    values.set(this, value);
    return value;
  }
}
