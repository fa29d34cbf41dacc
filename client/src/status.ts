// The status bar item for the active draft: how many problems followup-lint reports and when to
// send ("Send after Thu 09:00 Berlin" / "Ready to send"). The send window is the server's code lens
// above the frontmatter (the one running its show-send-window command), so editor and lens agree.
import {
  type CodeLens,
  commands,
  DiagnosticSeverity,
  type Disposable,
  languages,
  StatusBarAlignment,
  type StatusBarItem,
  type TextEditor,
  ThemeColor,
  window,
} from 'vscode'

export const SOURCE = 'followup-lint'
export const SEND_WINDOW_COMMAND = 'followup-lint.showSendWindow'

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export class DraftStatus implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem(
    'followupLint.status',
    StatusBarAlignment.Left,
    50,
  )
  private readonly listeners: Disposable[]
  private sequence = 0

  constructor() {
    this.item.name = 'followup-lint'
    this.item.command = 'workbench.actions.view.problems'
    this.listeners = [
      window.onDidChangeActiveTextEditor(() => void this.update()),
      languages.onDidChangeDiagnostics((e) => {
        const uri = window.activeTextEditor?.document.uri.toString()
        if (e.uris.some((u) => u.toString() === uri)) void this.update()
      }),
    ]
    void this.update()
  }

  async update(editor: TextEditor | undefined = window.activeTextEditor): Promise<void> {
    const run = ++this.sequence
    const document = editor?.document
    if (document?.languageId !== 'markdown' || !['file', 'untitled'].includes(document.uri.scheme)) {
      this.item.hide()
      return
    }
    const uri = document.uri
    const found = languages.getDiagnostics(uri).filter((d) => d.source === SOURCE)
    const count = (s: DiagnosticSeverity) => found.filter((d) => d.severity === s).length
    const errors = count(DiagnosticSeverity.Error)
    let send: string | undefined
    try {
      const lenses = await commands.executeCommand<CodeLens[]>('vscode.executeCodeLensProvider', uri)
      send = lenses?.find((l) => l.command?.command === SEND_WINDOW_COMMAND)?.command?.title
    } catch {
      send = undefined // no lens provider yet (server starting): counts only
    }
    if (run !== this.sequence) return // a newer update started while this one waited
    const ready = found.length === 0 && (send === undefined || /^ready/i.test(send))
    const problems = found.length === 0 ? 'No problems' : plural(found.length, 'problem')
    this.item.text = ready
      ? '$(mail) Ready to send'
      : `$(${errors ? 'error' : found.length ? 'warning' : 'mail'}) ${problems}${send ? ` · ${send}` : ''}`
    this.item.tooltip =
      `followup-lint: ${plural(errors, 'error')}, ${plural(count(DiagnosticSeverity.Warning), 'warning')}, ` +
      `${count(DiagnosticSeverity.Information)} info${send ? `\n${send}` : ''}\nClick to open the Problems panel.`
    this.item.backgroundColor = errors ? new ThemeColor('statusBarItem.errorBackground') : undefined
    this.item.show()
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose()
    this.item.dispose()
  }
}
