import { BANDS, firstSharedBand } from './minhash';

/**
 * This process's copy of the stored band keys, so checking one edited entry against 100,000 others
 * is a pass over a typed array (tens of milliseconds) instead of reading every signature back from
 * the database. About 20 MB for 100,000 entries. `generation` says which state of the stored index
 * it mirrors; when another process has written since, the copy is reloaded.
 */
export class BandCache {
  generation = -1;
  private slots = new Map<string, number>();
  private ids: (string | null)[] = [];
  private hashes: string[] = [];
  private keys = new Uint32Array(0);
  private free: number[] = [];

  get size(): number {
    return this.slots.size;
  }

  clear(): void {
    this.generation = -1;
    this.slots.clear();
    this.ids = [];
    this.hashes = [];
    this.keys = new Uint32Array(0);
    this.free = [];
  }

  contentHashOf(id: string): string | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.hashes[slot];
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces an entry; `bands` null (no words) keeps only its hash. */
  set(id: string, contentHash: string, bands: Uint32Array | null): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      if ((slot + 1) * BANDS > this.keys.length) {
        const grown = new Uint32Array(Math.max(1024, this.keys.length * 2) + BANDS);
        grown.set(this.keys);
        this.keys = grown;
      }
      this.slots.set(id, slot);
    }
    this.ids[slot] = bands ? id : null;
    this.hashes[slot] = contentHash;
    if (bands) this.keys.set(bands, slot * BANDS);
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.ids[slot] = null;
    this.hashes[slot] = '';
    this.free.push(slot);
  }

  /**
   * Cached entries that share a band key with one of `probes`, as id -> indexes of those probes.
   * A pair is reported once, for the first band in which it collides.
   */
  candidates(probes: Uint32Array[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    const add = (id: string, index: number) => {
      const list = out.get(id);
      if (list) list.push(index);
      else out.set(id, [index]);
    };
    // An edit or two (the usual case) is compared key by key: integer comparisons over the typed
    // array are several times faster than a Map lookup per stored key.
    if (probes.length <= 8) {
      for (let slot = 0; slot < this.ids.length; slot++) {
        const id = this.ids[slot];
        if (!id) continue;
        const base = slot * BANDS;
        probes.forEach((probe, index) => {
          for (let band = 0; band < BANDS; band++) {
            if (this.keys[base + band] === probe[band]) {
              add(id, index);
              return;
            }
          }
        });
      }
      return out;
    }
    const byBand = Array.from({ length: BANDS }, () => new Map<number, number[]>());
    probes.forEach((bands, index) => {
      for (let band = 0; band < BANDS; band++) {
        const map = byBand[band] as Map<number, number[]>;
        const list = map.get(bands[band] as number);
        if (list) list.push(index);
        else map.set(bands[band] as number, [index]);
      }
    });
    const row = new Uint32Array(BANDS);
    for (let slot = 0; slot < this.ids.length; slot++) {
      const id = this.ids[slot];
      if (!id) continue;
      for (let band = 0; band < BANDS; band++) {
        const hits = byBand[band]?.get(this.keys[slot * BANDS + band] as number);
        if (!hits) continue;
        row.set(this.keys.subarray(slot * BANDS, slot * BANDS + BANDS));
        for (const index of hits) if (firstSharedBand(probes[index] as Uint32Array, row, band)) add(id, index);
      }
    }
    return out;
  }
}
