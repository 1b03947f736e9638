import { z } from 'zod';

/**
 * What the containers API answers as JSON: route() checks each handler's return type against it
 * and the OpenAPI document shows it.
 */
export const containerLogsReplySchema = z.object({
  lines: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), time: z.string().nullable(), text: z.string() })),
});

export const auditReportSchema = z.object({
  kind: z.enum(['container', 'compose-service']),
  name: z.string(),
  component: z.string().optional(),
  passed: z.boolean(),
  failed: z.array(z.string()),
  checks: z.array(
    z.object({
      id: z.string(),
      cis: z.string(),
      title: z.string(),
      status: z.enum(['pass', 'fail', 'justified']),
      observed: z.string(),
      expected: z.string(),
      justification: z.string().optional(),
    }),
  ),
});

export const containerSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  component: z.string(),
  image: z.string(),
  state: z.string(),
  health: z.enum(['healthy', 'unhealthy', 'starting', 'none']),
  startedAt: z.string().nullable(),
  uptimeSeconds: z.number().nullable(),
  restartCount: z.number().int(),
  ports: z.array(z.object({ hostIp: z.string(), hostPort: z.string(), containerPort: z.string() })),
  memoryLimitBytes: z.number().nullable(),
  pidsLimit: z.number().nullable(),
  audit: auditReportSchema,
});

export const containerListReplySchema = z.object({ containers: z.array(containerSummarySchema) });

export const composeAuditReplySchema = z.object({ services: z.array(auditReportSchema) });

export const statsSnapshotSchema = z.object({
  at: z.string(),
  cpuPercent: z.number(),
  memoryBytes: z.number(),
  memoryLimitBytes: z.number().nullable(),
  memoryPercent: z.number().nullable(),
  pids: z.number().int(),
  pidsLimit: z.number().nullable(),
});
