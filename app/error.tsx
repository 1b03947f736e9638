'use client';

import { LostPage } from '@/components/layout/lost-page';

/** A page that failed to render: say so plainly, offer a retry and the way back. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <LostPage code="Error" title="This page could not be shown">
      <p>{error.digest ? `Something failed on the server (reference ${error.digest}).` : error.message}</p>
      <button type="button" onClick={reset} className="mt-3 text-accent underline">
        Try again
      </button>
    </LostPage>
  );
}
