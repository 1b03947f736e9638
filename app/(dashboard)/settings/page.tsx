import { ThemeChoicePicker } from '@/components/layout/theme-toggle';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireOwnerPage } from '@/lib/auth/current-owner';
import { describeConfig } from '@/lib/settings/describe-config';

export const metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const owner = await requireOwnerPage();
  return (
    <>
      <PageHeader title="Settings" description="Your account, appearance and how this Buddy is configured." />
      <div className="grid gap-5 md:grid-cols-2">
        <Card>
          <CardHeader title="Account" />
          <p className="text-sm">
            Signed in as <span className="font-medium">{owner.email}</span>
          </p>
        </Card>
        <Card>
          <CardHeader title="Appearance" hint="Follows your system unless you choose; remembered in this browser." />
          <ThemeChoicePicker />
        </Card>
        <Card className="scroll-mt-20 md:col-span-2" id="providers">
          <CardHeader title="Configuration" hint="Set through environment variables; see the README." />
          <dl className="divide-y divide-border text-sm">
            {describeConfig().map((row) => (
              <div key={row.label} className="flex flex-wrap justify-between gap-2 py-2.5">
                <dt className="text-muted">{row.label}</dt>
                <dd className="font-mono text-xs break-all">{row.value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
