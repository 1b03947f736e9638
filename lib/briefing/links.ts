/** Where the owner acts on each kind of fact: every line of the briefing links to one of these. */
export const links = {
  jobs: '/jobs',
  job: (name: string) => `/jobs#job-${name}`,
  gatewayJob: (id: string) => `/jobs#gateway-${encodeURIComponent(id)}`,
  providerSettings: '/settings#providers',
  workers: '/today#workers',
  staging: (kind?: string) => (kind ? `/staging?kind=${encodeURIComponent(kind)}` : '/staging'),
  drift: '/drift',
  signIns: '/governance/audit',
  grants: '/governance',
  news: '/intelligence/news',
  predictions: '/intelligence/predictions',
} as const;
