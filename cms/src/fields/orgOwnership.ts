/**
 * The `org`, `orgAncestors` and `orgPath` every org-owned document carries, kept in step by one hook.
 * `orgPath` (the org's materialised path, see content-schemas' access/paths.ts) is what access rules and admin
 * lists filter a subtree on; `orgAncestors` stays for the code that reads the lineage as ids.
 */
// Deep imports, not the package index: content-schemas' own collections still import this file until they move.
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import { pathOf } from '@sotay/content-schemas/access/paths'
import { serverOwnedField } from '@sotay/content-schemas/access/rules'
import { asSessionUser } from '@sotay/content-schemas/access/session'
import { type ID, idOf } from '@sotay/content-schemas/shared/ids'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionBeforeChangeHook, Field } from 'payload'
import { ORG_NAME_CELL } from './orgNameCell.ts'

/** A subtree is one indexed range on this string (`/1/12/` … `/1/12/\uffff`), with no join. */
export const orgPathField: Field = {
  name: 'orgPath',
  type: 'text',
  index: true,
  access: serverOwnedField,
  label: label('Đường dẫn tổ chức', 'Organisation path'),
  admin: { hidden: true },
}

export function orgFields(
  opts: { required?: boolean; description?: ReturnType<typeof label> } = {},
): Field[] {
  return [
    {
      name: 'org',
      type: 'relationship',
      relationTo: 'orgs',
      required: opts.required ?? true,
      index: true,
      label: label('Tổ chức', 'Organisation'),
      // New content belongs to the author's own organisation unless they pick another in their subtree.
      defaultValue: ({ user }: { user?: unknown }) => {
        const author = asSessionUser(user)
        return idOf(author?.grants?.[0]?.org) ?? idOf(author?.org)
      },
      admin: { position: 'sidebar', description: opts.description, components: { Cell: ORG_NAME_CELL } },
    },
    {
      // Stored so that subtree queries are one indexed `in` match, never a walk up the tree.
      name: 'orgAncestors',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      index: true,
      access: serverOwnedField,
      label: label('Thuộc các tổ chức cấp trên', 'Parent organisations'),
      // Shown once computed (on save); an empty read-only box on a new document says nothing.
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.orgAncestors?.length),
      },
    },
    orgPathField,
  ]
}

/** What a document owned by the org whose lineage (root first, itself last) is `lineage` stores. */
export function ownershipOf(lineage: ID[]): { orgAncestors: ID[]; orgPath: string | null } {
  return { orgAncestors: lineage.slice(0, -1), orgPath: lineage.length ? pathOf(lineage) : null }
}

/**
 * Recomputes `orgAncestors` and `orgPath` from `org` on every write, whatever the writer sent: the lineage
 * decides who reads the document, so it is never taken from input (field access strips it from clients;
 * server code that passes it with overrideAccess gets it recomputed too).
 */
export const setOrgAncestors: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const org = data.org === undefined ? originalDoc?.org : data.org
  if (org === undefined || org === null) {
    if (data.org === null) Object.assign(data, ownershipOf([]))
    return data
  }
  Object.assign(data, ownershipOf(await orgLineage(req, org)))
  return data
}
