import { readFileSync, writeFileSync } from 'node:fs';

/** The comments around a benchmark's generated block in `docs/benchmarks.md`. */
export const blockMarkers = (name: string): { start: string; end: string } => ({
  start: `<!-- bench:${name}:start -->`,
  end: `<!-- bench:${name}:end -->`,
});

/**
 * Replaces one benchmark's block of the benchmarks document (between its markers).
 * @param file path of `docs/benchmarks.md`
 * @param name the block's name in the markers
 * @param section the rendered block, markers included
 */
export const writeBlock = (file: string, name: string, section: string): void => {
  const { start: startMarker, end: endMarker } = blockMarkers(name);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) {
    throw new Error(`${file} has no ${startMarker} … ${endMarker} markers.`);
  }
  writeFileSync(file, text.slice(0, start) + section + text.slice(end + endMarker.length));
};
