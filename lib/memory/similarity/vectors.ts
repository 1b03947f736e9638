/** Sparse vectors as parallel sorted arrays of term ids and weights. */
export type Sparse = { ids: Int32Array; weights: Float32Array };

export function dot(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** |A ∩ B| / sqrt(|A| |B|) of two sorted id sets: the cosine of their indicator vectors. */
export function setCosine(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / Math.sqrt(a.length * b.length);
}

/** Σ weight of shared ids / Σ weight of all ids: a Jaccard in which rare words count more. */
export function weightedJaccard(a: Int32Array, b: Int32Array, weight: (id: number) => number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let all = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x === y) {
      const w = weight(x);
      shared += w;
      all += w;
      i++;
      j++;
    } else if (x < y) {
      all += weight(x);
      i++;
    } else {
      all += weight(y);
      j++;
    }
  }
  return all === 0 ? 0 : shared / all;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    sum += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : sum / Math.sqrt(na * nb);
}
