/**
 * Checks a GraphQL request before Payload sees it: fragments that spread each other send Payload's
 * complexity rule into endless recursion (500 with an empty body), and very deep selections cost the
 * database one join per level.
 */
import { type DocumentNode, type FragmentDefinitionNode, Kind, parse, type SelectionSetNode } from 'graphql'

/** Deeper than any query the site or the admin sends (about 6), shallow enough to stay cheap. */
export const MAX_QUERY_DEPTH = 12

export function graphqlProblem(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return 'Yêu cầu GraphQL phải là một đối tượng JSON có trường "query".'
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string' || query.trim() === '') return 'Yêu cầu GraphQL thiếu câu truy vấn ("query").'
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables)))
    return 'Trường "variables" của yêu cầu GraphQL phải là một đối tượng.'
  if (operationName != null && typeof operationName !== 'string')
    return 'Trường "operationName" của yêu cầu GraphQL phải là chuỗi.'
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch (error) {
    return `Câu truy vấn GraphQL sai cú pháp: ${(error as Error).message}`
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  if (hasFragmentCycle(fragments)) return 'Câu truy vấn GraphQL có các fragment gọi vòng lẫn nhau.'
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    if (depthOf(definition.selectionSet, fragments) > MAX_QUERY_DEPTH)
      return `Câu truy vấn GraphQL lồng nhau quá sâu (tối đa ${MAX_QUERY_DEPTH} cấp).`
  }
  return null
}

function spreadsOf(selectionSet: SelectionSetNode | undefined, into: Set<string>): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value)
    else spreadsOf(selection.selectionSet, into)
  }
  return into
}

function hasFragmentCycle(fragments: Map<string, FragmentDefinitionNode>): boolean {
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string): boolean => {
    const seen = state.get(name)
    if (seen === 'visiting') return true
    if (seen === 'done' || !fragments.has(name)) return false
    state.set(name, 'visiting')
    for (const next of spreadsOf(fragments.get(name)?.selectionSet, new Set())) if (visit(next)) return true
    state.set(name, 'done')
    return false
  }
  return [...fragments.keys()].some(visit)
}

/**
 * How many levels of fields a selection adds, fragments counted once each (memoised: a chain of fragments
 * each spread twice would otherwise expand exponentially). Only called once cycles are ruled out.
 */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, number> = new Map(),
): number {
  let deepest = 0
  for (const selection of selectionSet?.selections ?? []) {
    let inner = 0
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (!memo.has(name)) memo.set(name, depthOf(fragments.get(name)?.selectionSet, fragments, memo))
      inner = memo.get(name) ?? 0
    } else if (selection.kind === Kind.INLINE_FRAGMENT)
      inner = depthOf(selection.selectionSet, fragments, memo)
    else if (selection.selectionSet) inner = 1 + depthOf(selection.selectionSet, fragments, memo)
    deepest = Math.max(deepest, inner)
  }
  return deepest
}
