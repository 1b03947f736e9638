/** A value as the browser receives it from the API (JSON.stringify, then JSON.parse): dates become ISO strings. */
export type Serialized<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;
