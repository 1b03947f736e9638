/** A fixed pool of execution slots; each slot owns one runner uid while a program runs. */
export class SlotPool {
  private readonly free: number[];
  constructor(size: number) {
    this.free = Array.from({ length: size }, (_, i) => size - 1 - i);
  }
  acquire(): number | undefined {
    return this.free.pop();
  }
  release(slot: number): void {
    this.free.push(slot);
  }
  get available(): number {
    return this.free.length;
  }
}
