/**
 * What a change does to the tree: its checks (in Vietnamese, for the form and the job alike), the orgs and
 * rows it moves (the dry run), and the tree edits themselves, which answer the owners whose rows follow.
 */
import { type ID, idOf, idsOf, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { Org, OrgChange } from '../../../payload-types.ts'
import type { Owners } from './lineageSets.ts'
import type { OwnerRewrite } from './rewrite.ts'
import { lineageOf, orgsBelow, readOrg, relineBelow, updateOrg } from './tree.ts'

export type ChangeInput = Pick<
  OrgChange,
  'kind' | 'source' | 'target' | 'newOrgName' | 'newOrgCode' | 'splitMembers' | 'splitOrgs' | 'newOrg'
>

const within = (org: Org, root: ID) =>
  String(org.id) === String(root) || idsOf(org.ancestors).map(String).includes(String(root))

async function findOrg(payload: Payload, ref: unknown): Promise<Org | undefined> {
  const id = idOf(ref as ID)
  if (id === undefined) return undefined
  const found = await payload.find({
    collection: 'orgs',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return found.docs[0]
}

/** The reason the change cannot run, or undefined. */
export async function refusalOf(payload: Payload, change: ChangeInput): Promise<string | undefined> {
  const source = await findOrg(payload, change.source)
  if (!source) return 'Chọn tổ chức cần thay đổi.'
  if (source.status === 'merged')
    return `«${source.name}» đã sáp nhập vào tổ chức khác; không thể thay đổi tiếp.`
  const target = await findOrg(payload, change.target)
  if (target?.status === 'merged')
    return `«${target.name}» đã sáp nhập vào tổ chức khác; hãy chọn tổ chức đang hoạt động.`
  switch (change.kind) {
    case 'merge':
      if (!target) return 'Chọn tổ chức sáp nhập vào.'
      if (within(target, source.id))
        return 'Không thể sáp nhập một tổ chức vào chính nó hoặc vào tổ chức cấp dưới của nó.'
      return undefined
    case 'move':
      if (!target && idOf(source.parent) !== undefined) return 'Chọn tổ chức cấp trên mới.'
      if (target && within(target, source.id))
        return 'Không thể chuyển tổ chức vào chính nó hoặc một tổ chức cấp dưới của nó.'
      return undefined
    case 'split': {
      if (idOf(source.parent) === undefined) return 'Tổ chức cấp cao nhất không thể chia tách.'
      if (!change.newOrgName?.trim() || !change.newOrgCode?.trim()) return 'Nhập tên và mã cho tổ chức mới.'
      if (idOf(change.newOrg) === undefined) {
        const taken = await payload.count({
          collection: 'orgs',
          where: { code: { equals: change.newOrgCode.trim() } },
          overrideAccess: true,
        })
        if (taken.totalDocs) return `Mã tổ chức «${change.newOrgCode.trim()}» đã được dùng.`
      }
      const orgs = idsOf(change.splitOrgs)
      const members = idsOf(change.splitMembers)
      if (!orgs.length && !members.length)
        return 'Chọn đảng viên hoặc tổ chức trực thuộc để chuyển sang tổ chức mới.'
      for (const id of orgs) {
        const org = await findOrg(payload, id)
        if (!org || String(idOf(org.parent)) !== String(source.id))
          return `«${org?.name ?? id}» không trực thuộc «${source.name}».`
      }
      if (members.length) {
        const outside = await payload.find({
          collection: 'users',
          where: { and: [{ id: { in: members } }, { org: { not_equals: source.id } }] },
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
        const stranger = outside.docs[0]
        if (stranger) return `Đảng viên «${stranger.fullName}» không thuộc «${source.name}».`
      }
      return undefined
    }
    default:
      return 'Chọn loại thay đổi.'
  }
}

/** The orgs whose rows follow the change (their lineage changes), and the members named in a split. */
export async function whatMoves(
  payload: Payload,
  change: ChangeInput,
): Promise<{ orgs: Org[]; owners: Owners[] }> {
  const source = await readOrg(payload, idOf(change.source) as ID)
  const roots =
    change.kind === 'split'
      ? await Promise.all(idsOf(change.splitOrgs).map((id) => readOrg(payload, id)))
      : [source]
  const orgs: Org[] = []
  for (const root of roots) orgs.push(root, ...(await orgsBelow(payload, root.id)))
  const owners: Owners[] = orgs.map((o) => ({ org: o.id }))
  const members = idsOf(change.splitMembers)
  if (change.kind === 'split' && members.length) owners.push({ members })
  return { orgs, owners }
}

const rewritesOf = (lineages: Map<string, ID[]>): OwnerRewrite[] =>
  [...lineages.values()].map((lineage) => {
    const org = lineage[lineage.length - 1] as ID
    return { owners: { org }, newOwner: org, lineage }
  })

/** Edits the tree (new parents, a new org, the merged org kept as merged); answers the rows' rewrites. */
export async function applyTree(
  payload: Payload,
  change: ChangeInput & { id: ID },
): Promise<{ rewrites: OwnerRewrite[]; newOrg?: ID }> {
  const source = await readOrg(payload, idOf(change.source) as ID)
  const target = idOf(change.target)
  if (change.kind === 'move') {
    if (String(idOf(source.parent)) !== String(target))
      await updateOrg(payload, source.id, { parent: target ?? null })
    return { rewrites: rewritesOf(await relineBelow(payload, source.id)) }
  }
  if (change.kind === 'merge') {
    const into = target as ID
    const rewrites: OwnerRewrite[] = []
    for (const child of (await orgsBelow(payload, source.id)).filter(
      (o) => String(idOf(o.parent)) === String(source.id),
    )) {
      await updateOrg(payload, child.id, { parent: into })
      rewrites.push(...rewritesOf(await relineBelow(payload, child.id)))
    }
    await updateOrg(payload, source.id, {
      status: 'merged',
      mergedInto: into,
      mergedAt: new Date().toISOString(),
    })
    const lineage = lineageOf(await readOrg(payload, into))
    return {
      rewrites: [{ owners: { org: source.id }, newOwner: into, lineage }, ...rewrites],
      newOrg: undefined,
    }
  }
  // A split: the new sibling is made once; a re-run (after a failure) finds it on the change.
  let newOrg = idOf(change.newOrg)
  if (newOrg === undefined) {
    const created = await payload.create({
      collection: 'orgs',
      data: {
        name: (change.newOrgName ?? '').trim(),
        code: (change.newOrgCode ?? '').trim(),
        kind: source.kind,
        parent: idOf(source.parent),
      },
      depth: 0,
      overrideAccess: true,
      context: { [ORG_CHANGE_CONTEXT]: true },
    })
    newOrg = created.id
    await payload.update({
      collection: 'org-changes',
      id: change.id,
      data: { newOrg },
      overrideAccess: true,
      context: { [ORG_CHANGE_CONTEXT]: true },
    })
  }
  const rewrites: OwnerRewrite[] = []
  for (const id of idsOf(change.splitOrgs)) {
    await updateOrg(payload, id, { parent: newOrg })
    rewrites.push(...rewritesOf(await relineBelow(payload, id)))
  }
  const members = idsOf(change.splitMembers)
  if (members.length)
    rewrites.push({
      owners: { members },
      newOwner: newOrg,
      lineage: lineageOf(await readOrg(payload, newOrg)),
    })
  return { rewrites, newOrg }
}
