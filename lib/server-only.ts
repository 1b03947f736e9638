// Outside Next.js (vitest, the esbuild worker bundle) 'server-only' resolves to this empty module:
// those are server processes. Next.js resolves the real marker, which fails a browser bundle.
export {};
