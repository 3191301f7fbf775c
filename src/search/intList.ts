/** An append-only list of 32-bit integers that doubles its typed array as it grows: no heap number per value. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(
    capacity: number,
    private readonly fill = 0,
  ) {
    this.data = new Int32Array(capacity).fill(fill);
  }

  push(value: number): void {
    this.ensure(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes index `size - 1` writable, new slots holding the fill value. */
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const grown = new Int32Array(Math.max(size, this.data.length * 2)).fill(this.fill);
    grown.set(this.data);
    this.data = grown;
  }
}
