/**
 * The icons that repeat in every row of a long list, drawn once per page by <IconSprite> and
 * referenced by each row with <use>. A lucide icon is a client component of its own (two component
 * fibers and an <svg> with its paths, all hydrated): the Memory page's twenty entries carried 120 of
 * them, more than a third of its elements.
 */
// Their drawings: components/ui/icon-sprite.tsx, whose table the compiler keeps in step with this list.
export type SpriteIconName =
  | 'archive'
  | 'archive-restore'
  | 'chevron-down'
  | 'chevron-right'
  | 'clock'
  | 'file-diff'
  | 'history'
  | 'pause'
  | 'pencil'
  | 'pin'
  | 'pin-off'
  | 'play'
  | 'rotate-ccw'
  | 'trash'
  | 'undo'
  | 'zap';

/** A list icon from the page's sprite; decorative, as the button around it carries the label. */
export function SpriteIcon({ name, className }: { name: SpriteIconName; className?: string }) {
  return (
    <svg className={className} aria-hidden="true">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
