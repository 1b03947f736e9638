// A separate process that approves one item; the test sets BUDDY_TEST_PROMOTION_CRASH_AFTER so
// it SIGKILLs itself between two file writes, exactly as a crash or an OOM kill would stop it.
import { approveStagedItem } from '../../lib/staged-kinds/staging-decisions';

const id = process.argv[2];
if (!id) throw new Error('usage: promotion.crash-child.ts <staged item id>');
await approveStagedItem(id, 'owner:owner@example.com');
console.log('promotion finished without a crash');
process.exit(0);
