/**
 * Demo tasks (nhiệm vụ): the demo commune committee asks its cells to review the list of members exempt from
 * meetings by the 25th; the demo cell's secretary has passed it on to the demo member, who has reported 50%.
 */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface DemoTaskPlaces {
  committee: ID
  cells: ID[]
  /** The demo secretary's cell; its share goes on to `memberCard`. */
  cell: ID
  memberCard: string
  now: number
}

/** 17:00 Vietnam time on the 25th of this month, or of the next one when the 25th has passed. */
function dueOn25th(now: number): string {
  const vn = new Date(now + 7 * 3_600_000)
  let year = vn.getUTCFullYear()
  let month = vn.getUTCMonth()
  if (vn.getUTCDate() >= 25) month += 1
  if (month === 12) {
    month = 0
    year += 1
  }
  return new Date(Date.UTC(year, month, 25, 10)).toISOString()
}

export async function writeDemoTasks(payload: Payload, at: DemoTaskPlaces): Promise<void> {
  const dueAt = dueOn25th(at.now)
  const title = 'Rà soát danh sách đảng viên miễn sinh hoạt'
  const description =
    'Các chi bộ rà soát danh sách đảng viên được miễn sinh hoạt, công tác; đối chiếu hồ sơ, gửi danh sách về Văn phòng Đảng ủy.'
  const cells = [at.cell, ...at.cells.filter((c) => String(c) !== String(at.cell)).slice(0, 2)]
  let own: ID | undefined
  for (const cell of cells) {
    const task = await payload.create({
      collection: 'tasks',
      data: { title, description, dueAt, priority: 'cao', org: at.committee, assigneeOrg: cell } as never,
      depth: 0,
      overrideAccess: true,
    })
    if (String(cell) === String(at.cell)) own = task.id
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { username: { equals: at.memberCard } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const member = docs[0]
  if (!member || own === undefined) return
  const passed = await payload.create({
    collection: 'tasks',
    data: {
      title,
      description: 'Đồng chí rà soát giúp chi bộ các tổ 1, 2 và 3.',
      dueAt,
      org: at.cell,
      parent: own,
      assignee: member.id,
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'task-reports',
    data: { task: passed.id, percent: 50, note: 'Đã rà soát xong tổ 1 và tổ 2.' } as never,
    depth: 0,
    user: member as never,
    overrideAccess: true,
  })
}
