import { Suspense } from 'react';
import { SkillsBrowser } from '@/components/skills/skills-browser';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Skills' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Skills"
        description="The SKILL.md library the gateway's agents load, validated against OpenClaw's format and Buddy's rules, with the grants each one needs. Press Ctrl+K to run one."
      />
      <Suspense>
        <SkillsBrowser />
      </Suspense>
    </>
  );
}
