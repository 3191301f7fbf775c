/**
 * The array, or a copy of it with room for at least `size` items: doubled at least, so that growing one item at a time
 * stays linear. Callers on a hot path check the length first: the common case is then one comparison.
 */
export function withRoom<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
