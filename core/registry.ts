// Read-only metadata about the registered rules, for shells (explain, SARIF rules, hovers, docs).
import { RULES } from '../rules/index.js'
import { DOCS_BASE } from './rule.js'
import type { FixKind, Severity } from './types.js'

export interface RuleInfo {
  id: string
  description: string
  rationale: string
  evidence: string[]
  severity: Severity
  fix: FixKind
  docsUrl: string
  messages: Record<string, string>
}

const INFOS: RuleInfo[] = RULES.map((r) => ({
  id: r.id,
  description: r.description,
  rationale: r.rationale,
  evidence: [...r.evidence],
  severity: r.severity,
  fix: r.fix,
  docsUrl: `${DOCS_BASE}${r.id}.md`,
  messages: { ...r.messages },
}))

export function rules(): RuleInfo[] {
  return INFOS.map((i) => ({ ...i }))
}

export function ruleInfo(id: string): RuleInfo | undefined {
  const info = INFOS.find((i) => i.id === id)
  return info ? { ...info } : undefined
}
