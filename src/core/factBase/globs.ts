import picomatch from 'picomatch/posix';

/**
 * A test of '/'-separated paths, relative to a workspace folder, against the fact-base globs
 * (`newsLens.factBase.files`), read as VS Code reads globs: `**` and `*` also match names that
 * start with a dot, so `**\/*.facts.yaml` finds `.newslens/x.facts.yaml`.
 */
export function globTest(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const test = picomatch([...globs], { dot: true, windows: false });
  return (relativePath) => test(relativePath);
}
