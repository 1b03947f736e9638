import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const config: NextConfig = {
  // The container images run the standalone server; `npm start` uses next start, which refuses it.
  output: process.env.BUDDY_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Native modules and server-only clients stay outside the bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', 'dockerode', 'ssh2', 'cpu-features', 'bullmq', 'ioredis', 'pg'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default config;
