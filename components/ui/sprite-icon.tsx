/**
 * The icons that repeat in every row of a long list, drawn once per page by <IconSprite> and
 * referenced by each row with <use>. A lucide icon is a client component of its own (two component
 * fibers and an <svg> with its paths, all hydrated): the Memory page's twenty entries carried 120 of
 * them, more than a third of its elements.
 */
const SPRITE_ICONS = [
  'archive',
  'archive-restore',
  'chevron-down',
  'chevron-right',
  'clock',
  'file-diff',
  'history',
  'pause',
  'pencil',
  'pin',
  'pin-off',
  'play',
  'rotate-ccw',
  'trash',
  'undo',
  'zap',
] as const;

export type SpriteIconName = (typeof SPRITE_ICONS)[number];

/** A list icon from the page's sprite; decorative, as the button around it carries the label. */
export function SpriteIcon({ name, className }: { name: SpriteIconName; className?: string }) {
  return (
    <svg className={className} aria-hidden="true">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
