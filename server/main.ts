// Entry point of `followup-lint-language-server --stdio`. stdout belongs to the protocol: anything
// printed through console.* goes to the client's log instead, and a stray exception is logged there
// rather than ending the process.
import { format } from 'node:util'
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
import { VERSION } from '../core/index.js'
import { startServer } from './server.js'

const USAGE = `Usage: followup-lint-language-server --stdio

The followup-lint language server (LSP). Editors start it; see docs/editors.md.
Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>.
`

export function main(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`)
    return
  }
  const transport = argv.some((a) => a === '--stdio' || /^--(node-ipc|socket|pipe)/.test(a))
  if (argv.includes('--help') || argv.includes('-h') || !transport) {
    ;(transport ? process.stdout : process.stderr).write(USAGE)
    if (!transport) process.exitCode = 2
    return
  }
  const connection = createConnection(ProposedFeatures.all)
  const toClient =
    (send: (message: string) => void) =>
    (...args: unknown[]) =>
      send(format(...args))
  console.log = toClient((m) => connection.console.log(m))
  console.info = toClient((m) => connection.console.info(m))
  console.warn = toClient((m) => connection.console.warn(m))
  console.error = toClient((m) => connection.console.error(m))
  console.debug = toClient((m) => connection.console.log(m))
  process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error}`))
  process.on('unhandledRejection', (reason) =>
    connection.console.error(`Unhandled rejection: ${String(reason)}`),
  )
  startServer(connection)
  connection.listen()
}
