// workspace/executeCommand. Every command names the document and the version it was asked for;
// a command for an older version is refused (logged), never applied to text that moved on.
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver/node'
import { workspaceEdit } from './edits.js'
import { fixAllEdits } from './fixall.js'
import { SHOW_TIMING_COMMAND } from './lens.js'
import { PLAN_COMMAND, planMarkdown } from './schedule.js'
import type { Session } from './session.js'
import { lensTitle } from './timing.js'

export const FIX_ALL_COMMAND = 'followup-lint.fixAll'
export const COMMANDS = [FIX_ALL_COMMAND, SHOW_TIMING_COMMAND, PLAN_COMMAND]

export async function executeCommand(
  params: ExecuteCommandParams,
  session: Session,
  connection: Connection,
): Promise<unknown> {
  const [uri, version] = (params.arguments ?? []) as [string?, number?]
  const doc = uri ? session.documents.get(uri) : undefined
  if (!doc) return null
  if (version !== undefined && version !== doc.version) {
    session.log(`${params.command} refused: asked for version ${version}, document at ${doc.version}`)
    return null
  }
  const linted = session.linter.resultFor(doc)
  const clock = session.clock(linted)
  if (params.command === FIX_ALL_COMMAND) {
    const edits = fixAllEdits(linted.text, linted.result.messages, (text) => session.relint(doc.uri, text))
    if (edits)
      await connection.workspace.applyEdit({
        label: 'Fix all',
        edit: workspaceEdit(doc, edits, session.features),
      })
  } else if (params.command === PLAN_COMMAND) {
    return planMarkdown(linted, clock)
  } else if (params.command === SHOW_TIMING_COMMAND) {
    const title = lensTitle(linted, clock)
    if (title) void connection.window.showInformationMessage(title)
  }
  return null
}
