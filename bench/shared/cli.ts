/**
 * The command's own arguments. `pnpm --filter @teilhabe/bench <script> -- …`
 * passes the `--` on to the script, where `parseArgs` would take every
 * option after it for a positional argument: a leading `--` is dropped.
 */
export const commandLineArgs = (): string[] => {
  const args = process.argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
};
