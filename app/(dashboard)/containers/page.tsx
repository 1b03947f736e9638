import { ContainersView } from '@/components/containers/containers-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Containers' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Containers"
        description="Gateway, sandbox, dashboard and their helpers: state, hardening, logs and live resource use."
      />
      <ContainersView />
    </>
  );
}
