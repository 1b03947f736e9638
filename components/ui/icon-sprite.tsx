import {
  Archive,
  ArchiveRestore,
  ChevronDown,
  ChevronRight,
  Clock,
  FileDiff,
  History,
  type LucideIcon,
  Pause,
  Pencil,
  Pin,
  PinOff,
  Play,
  RotateCcw,
  Trash2,
  Undo2,
  Zap,
} from 'lucide-react';
import type { SpriteIconName } from './sprite-icon';

const DRAWINGS: Record<SpriteIconName, LucideIcon> = {
  archive: Archive,
  'archive-restore': ArchiveRestore,
  'chevron-down': ChevronDown,
  'chevron-right': ChevronRight,
  clock: Clock,
  'file-diff': FileDiff,
  history: History,
  pause: Pause,
  pencil: Pencil,
  pin: Pin,
  'pin-off': PinOff,
  play: Play,
  'rotate-ccw': RotateCcw,
  trash: Trash2,
  undo: Undo2,
  zap: Zap,
};

/** Every list icon once, as <symbol>s that <SpriteIcon> uses (rendered by the app shell). */
export function IconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      {Object.entries(DRAWINGS).map(([name, Icon]) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}
