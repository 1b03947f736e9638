import { POST as approveRoute } from '@/app/api/staging/[id]/approve/route';
import { POST as stageRoute } from '@/app/api/staging/route';
import { POST as issueRoute } from '@/app/api/governance/grants/route';
import { getDb } from '@/lib/db/client';
import { callRoute, ownerHeaders } from '@/test/session';

type File = { targetPath: string; content: string; baseHash?: string | null };

// Cookie-authenticated writes come from the app's own origin, as the browser sends them.
const sameOrigin = {
  'content-type': 'application/json',
  origin: 'http://localhost:5050',
  'sec-fetch-site': 'same-origin',
};

/** POST /api/staging with the owner's session or an agent's bearer token. */
export async function stage(files: File[], token?: string, kind = 'test-file'): Promise<Response> {
  const auth = token ? { authorization: `Bearer ${token}` } : await ownerHeaders();
  return callRoute(stageRoute, '/api/staging', {
    method: 'POST',
    headers: { ...sameOrigin, ...auth },
    body: JSON.stringify({ kind, title: 'red team', files }),
  });
}

/** POST /api/staging/<id>/approve as the signed-in owner. */
export async function approve(id: string): Promise<Response> {
  return callRoute(approveRoute, `/api/staging/${id}/approve`, {
    method: 'POST',
    headers: { ...sameOrigin, ...(await ownerHeaders()) },
    body: '{}',
    params: { id },
  });
}

/** A staged item written straight into the database, as one staged before a rule existed would be. */
export async function legacyItem(files: File[], createdBy = 'job:legacy', grantId?: string): Promise<string> {
  const db = await getDb();
  const item = await db.stagedItem.create({
    data: {
      kind: 'test-file',
      title: 'staged before the rule',
      summary: '',
      body: '',
      createdBy,
      ...(grantId ? { grantId } : {}),
      files: {
        create: files.map((f, position) => ({
          targetPath: f.targetPath,
          content: f.content,
          baseHash: f.baseHash ?? null,
          position,
        })),
      },
    },
  });
  return item.id;
}

/** Issues an agent grant through the owner's API and returns its token and id. */
export async function agentGrant(resources: string[], scopes = ['staging:write', 'staging:read']) {
  const response = await callRoute(issueRoute, '/api/governance/grants', {
    method: 'POST',
    headers: { ...sameOrigin, ...(await ownerHeaders()) },
    body: JSON.stringify({ subjectKind: 'agent', subject: 'red-team', scopes, resources }),
  });
  if (response.status !== 201) throw new Error(`grant not issued: ${response.status} ${await response.text()}`);
  const { grant, token } = (await response.json()) as { grant: { id: string }; token: string };
  return { grantId: grant.id, token };
}
