// After tsc: nothing to copy today (phrase data is compiled into rules/phrases.generated.ts);
// kept as the one place for build steps tsc cannot do. Marks the CLI entry executable.
import { chmodSync, existsSync } from 'node:fs'

if (existsSync('bin/followup-lint.js')) chmodSync('bin/followup-lint.js', 0o755)
