// The editor commands that ask the server for something: each runs one of the server's code actions
// (fix-all, "Add timing frontmatter") on the active draft, or its plan command when it offers one.
import {
  type CodeAction,
  type Command,
  commands,
  EventEmitter,
  type TextDocumentContentProvider,
  type TextEditor,
  Uri,
  ViewColumn,
  window,
  workspace,
} from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import { SEND_WINDOW_COMMAND } from './status.js'

export const FIX_ALL_KIND = 'source.fixAll.followup-lint'
export const TIMING_KIND = 'source.addTimingFrontmatter'
/** Server command (workspace/executeCommand) that plans the follow-ups of the draft's interview. */
export const PLAN_COMMAND = 'followup-lint.planFollowUps'

function activeDraft(): TextEditor | undefined {
  const editor = window.activeTextEditor
  if (editor?.document.languageId === 'markdown') return editor
  void window.showWarningMessage('followup-lint: open a Markdown draft first.')
  return undefined
}

/** Run the server's code action of `kind` on the active draft; say so when there is none. */
export async function runSourceAction(kind: string, none: string): Promise<boolean> {
  const editor = activeDraft()
  if (!editor) return false
  const found =
    (await commands.executeCommand<Array<CodeAction | Command>>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      editor.selection,
      kind,
    )) ?? []
  const action = found.find((a): a is CodeAction => 'kind' in a && a.kind?.value.startsWith(kind) === true)
  if (!action) {
    void window.showInformationMessage(`followup-lint: ${none}`)
    return false
  }
  if (action.edit && !(await workspace.applyEdit(action.edit))) return false
  if (action.command)
    await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []))
  return true
}

interface Plan {
  /** The schedule, as Markdown (both time zones). */
  markdown: string
  /** iCalendar reminders for the schedule, if the server made them. */
  ics?: string
}

/** Read-only documents showing a plan (a scheme the linter's document selector leaves alone). */
export class PlanDocuments implements TextDocumentContentProvider {
  static readonly scheme = 'followup-lint-plan'
  private readonly plans = new Map<string, string>()
  private readonly changed = new EventEmitter<Uri>()
  readonly onDidChange = this.changed.event

  provideTextDocumentContent(uri: Uri): string {
    return this.plans.get(uri.toString()) ?? ''
  }

  show(draft: Uri, markdown: string): Uri {
    const name = draft.path.split('/').pop()?.replace(/\.md$/i, '') ?? 'draft'
    const uri = Uri.from({ scheme: PlanDocuments.scheme, path: `/Follow-up plan (${name}).md` })
    this.plans.set(uri.toString(), markdown)
    this.changed.fire(uri)
    return uri
  }
}

export async function planFollowUps(client: LanguageClient, documents: PlanDocuments): Promise<void> {
  const editor = activeDraft()
  if (!editor) return
  const { uri, version } = editor.document
  const offered = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? []
  if (!offered.includes(PLAN_COMMAND)) {
    // A server that cannot plan: the send window from its code lens is the next best answer.
    const lenses = await commands.executeCommand<Array<{ command?: Command }>>(
      'vscode.executeCodeLensProvider',
      uri,
    )
    const send = lenses?.find((l) => l.command?.command === SEND_WINDOW_COMMAND)?.command?.title
    void window.showInformationMessage(
      send ?? 'followup-lint: add timing frontmatter (the interview time) to plan the follow-ups.',
    )
    return
  }
  const plan = (await client.sendRequest('workspace/executeCommand', {
    command: PLAN_COMMAND,
    arguments: [uri.toString(), version],
  })) as Plan | null
  if (!plan) {
    void window.showInformationMessage(
      'followup-lint: set `interview` in the frontmatter to plan the follow-ups.',
    )
    return
  }
  const doc = await workspace.openTextDocument(documents.show(uri, plan.markdown))
  await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preview: true })
  if (
    plan.ics &&
    (await window.showInformationMessage('Save the reminders to a calendar file?', 'Save .ics…'))
  ) {
    const target = await window.showSaveDialog({
      defaultUri: Uri.joinPath(uri, '..', 'follow-ups.ics'),
      filters: { iCalendar: ['ics'] },
    })
    if (target) await workspace.fs.writeFile(target, new TextEncoder().encode(plan.ics))
  }
}
