/** The `applyOrgChange` job: runs one org change (queued by the org-changes collection and by moving an org). */
import { APPLY_ORG_CHANGE_TASK } from '@sotay/content-schemas'
import type { TaskConfig } from 'payload'
import { applyOrgChange } from './run/applyChange.ts'

export const applyOrgChangeTask: TaskConfig<{ input: { changeId: string }; output: object }> = {
  slug: APPLY_ORG_CHANGE_TASK,
  label: 'Sắp xếp lại tổ chức',
  inputSchema: [{ name: 'changeId', type: 'text', required: true }],
  // A failure is recorded on the change; the admin runs it again by saving it (the rewrites are idempotent).
  retries: 0,
  handler: async ({ input, req }) => {
    await applyOrgChange(req.payload, input.changeId)
    return { output: {} }
  },
}
