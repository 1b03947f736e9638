/** A unique constraint refused the write (Prisma's P2002, the same code through both driver adapters). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
