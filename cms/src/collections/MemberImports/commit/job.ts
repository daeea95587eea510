/** The `importMembers` job: writes one import set to "Đang nhập" (queued by the member-imports collection). */
import { IMPORT_MEMBERS_TASK } from '@sotay/content-schemas'
import type { TaskConfig } from 'payload'
import { runImport } from './runImport.ts'

export const importMembersTask: TaskConfig<{
  input: { importId: string }
  output: { created: number; updated: number }
}> = {
  slug: IMPORT_MEMBERS_TASK,
  label: 'Nhập danh sách đảng viên',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'updated', type: 'number' },
  ],
  // A failure is recorded on the import; the admin retries by choosing "Đang nhập" again (it resumes).
  retries: 0,
  handler: async ({ input, req }) => {
    const totals = await runImport(req.payload, input.importId)
    return { output: totals ?? { created: 0, updated: 0 } }
  },
}
