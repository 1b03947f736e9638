import { Card } from '../ui/card';
import { PageHeader } from '../ui/page-header';
import { sectionFor } from './sections';

/** What a section will hold, shown until the feature behind it lands. */
export function SectionPlaceholder({ href, coming }: { href: string; coming: string[] }) {
  const section = sectionFor(href);
  const Icon = section.icon;
  return (
    <>
      <PageHeader title={section.label} description={section.summary} />
      <Card className="flex flex-col gap-4 md:flex-row md:items-start">
        <span className="grid size-11 shrink-0 place-items-center rounded-xl bg-accent/10 text-accent">
          <Icon className="size-5" aria-hidden />
        </span>
        <div>
          <h2 className="font-medium">Not built yet</h2>
          <p className="mt-1 text-sm text-muted">This section is planned. When it lands, it will let you:</p>
          <ul className="mt-3 space-y-1.5 text-sm">
            {coming.map((item) => (
              <li key={item} className="flex gap-2">
                <span aria-hidden className="mt-2 size-1.5 shrink-0 rounded-full bg-muted" />
                {item}
              </li>
            ))}
          </ul>
        </div>
      </Card>
    </>
  );
}
