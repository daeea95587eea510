/**
 * Every rich-text field goes through here: Payload stores any JSON in a rich-text column on drafts (it
 * skips validation there), so a plain string or a 2,000-deep tree would be saved and break the site and
 * the listen button later. The check runs as a hook, drafts included.
 */
import type { Field, FieldHook, RichTextField } from 'payload'
import { fieldRefusal } from './fieldRefusal.ts'

/** Nested lists and quotes in real articles stay under 10 levels. */
export const MAX_RICH_TEXT_DEPTH = 40

export const RICH_TEXT_SHAPE_MESSAGE =
  'Nội dung phải là văn bản định dạng (rich text) của trình soạn thảo: một đối tượng có "root" với danh sách "children"; không gửi chuỗi văn bản thuần.'

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Null when the value is empty or a well-formed Lexical tree; a Vietnamese message otherwise. */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root)) return RICH_TEXT_SHAPE_MESSAGE
  if (value.root.type !== 'root' || !Array.isArray(value.root.children)) return RICH_TEXT_SHAPE_MESSAGE
  const stack: [unknown, number][] = [[value.root, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_RICH_TEXT_DEPTH)
      return `Nội dung lồng nhau quá sâu (tối đa ${MAX_RICH_TEXT_DEPTH} cấp danh sách, trích dẫn...).`
    if (!isObject(node) || typeof node.type !== 'string' || node.type === '')
      return 'Nội dung có một khối không hợp lệ: mỗi khối phải là một đối tượng có "type" là chuỗi.'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return 'Nội dung có một khối với "children" không phải danh sách.'
    for (const child of node.children) stack.push([child, depth + 1])
  }
  return null
}

const refuseMalformed: FieldHook = ({ value, req, path, collection }) => {
  const message = richTextProblem(value)
  if (!message) return value
  throw fieldRefusal(req, collection?.slug, (path ?? ['content']).join('.'), message)
}

export function richTextField(field: Omit<RichTextField, 'type'>): Field {
  return {
    ...field,
    type: 'richText',
    hooks: { ...field.hooks, beforeValidate: [refuseMalformed, ...(field.hooks?.beforeValidate ?? [])] },
  } as Field
}
