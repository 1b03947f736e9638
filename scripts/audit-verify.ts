import { verifyAuditChain } from '../lib/audit/verify-audit-chain';
import { disconnectDb } from '../lib/db/client';

/** `npm run audit:verify`: exit 0 when the audit chain is intact, 1 when a row was edited or removed. */
const report = await verifyAuditChain();
await disconnectDb();
if (report.ok) console.log(`audit log intact: ${report.checked} events verified`);
else
  console.error(
    `audit log BROKEN at event ${report.brokenAt}: ${report.problem} (${report.checked} verified before it)`,
  );
process.exit(report.ok ? 0 : 1);
