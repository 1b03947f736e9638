/**
 * The number in a filter chip, in the chip's own colour (a faded number failed the contrast check
 * against the chip's background) and set apart by weight and figures only.
 */
export function ChipCount({ n }: { n: number }) {
  return <span className="font-normal tabular-nums">{n.toLocaleString('en')}</span>;
}
