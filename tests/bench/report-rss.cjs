// Loaded with `--require` into the export child of bench:export: prints the process's peak
// memory (all its threads) as the last line on stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
});
