/**
 * The number in a filter chip, in the chip's own colour (a faded number failed the contrast check
 * against the chip's background) and set apart by weight and figures only.
 */
export function ChipCount({ n }: { n: number }) {
  return <span className="font-normal tabular-nums">{groupThousands(n)}</span>;
}

/**
 * 12,345: the grouping toLocaleString('en') gives, without it. The first Intl number format of a
 * page loads the locale's data, tens of milliseconds of a phone's main thread while the page hydrates.
 */
export const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
