import { LostPage } from '@/components/layout/lost-page';

export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <LostPage code="404" title="This page does not exist">
      The address may be mistyped, or what it pointed to was removed. Nothing was changed.
    </LostPage>
  );
}
