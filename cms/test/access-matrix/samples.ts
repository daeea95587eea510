/**
 * One valid document of any collection, made from its field config: the target every door is tried on.
 * It lives in cell A1 and, where it belongs to a person, belongs to the member of A1. Collections whose
 * rules need more than the fields say (a file, a state) add a case to `overrides`; a collection that needs
 * one and lacks it fails with Payload's validation message, which names the field.
 */
import type { CollectionSlug, Field, Payload, SanitizedCollectionConfig } from 'payload'
import type { AccessTree } from '../fixtures/accessTree.ts'
import { csvFile } from '../member-fixtures.ts'

type Data = Record<string, unknown>
type Id = number | string
export interface Sample {
  id: Id
  data: Data
}

// A 1×1 PNG: the smallest real image sharp accepts.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let counter = 0
const next = () => ++counter

export class Samples {
  private made = new Map<string, Id>()

  constructor(
    private payload: Payload,
    private tree: AccessTree,
  ) {}

  private get cell() {
    return this.tree.orgs.a1.id
  }

  private get subject() {
    return this.tree.users.memberA1.id
  }

  /** Per-collection needs the field config cannot express. */
  private overrides(slug: string): { data?: Data; file?: object } {
    const n = next()
    switch (slug) {
      case 'orgs':
        return { data: { parent: this.cell, code: `MX-${n}`, kind: 'chi-bo' } }
      case 'users':
        return { data: { username: `mx-${n}`, password: 'MatKhau@2026', org: this.cell } }
      case 'documents':
        return { data: { numberSymbol: `${n}-NQ/TU`, classification: 'thuong' } }
      case 'media':
        return { file: { data: PNG, mimetype: 'image/png', name: `mx-${n}.png`, size: PNG.length } }
      case 'member-imports':
        return { file: csvFile([['Họ và tên'], ['Nguyễn Văn Mẫu']], `mx-${n}.csv`) }
      case 'notices':
        return { data: { status: 'draft', targetOrg: this.cell } }
      case 'questions':
        return { data: { status: 'pending', text: 'Đảng viên dự bị có được biểu quyết không?' } }
      case 'meetings': {
        const startsAt = new Date(Date.now() + 86_400_000)
        return {
          data: {
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          },
        }
      }
      case 'meeting-votes':
        return { data: { choices: [{ label: 'Tán thành' }, { label: 'Không tán thành' }] } }
      case 'quizzes':
        return { data: { published: true, audience: 'members' } }
      case 'quiz-attempts':
        return { data: { key: `mx-${n}` } }
      case 'meeting-ballots':
        return { data: { id: `mx-${n}` } }
      case 'surveys':
        return { data: { published: true, questions: [{ text: 'Đồng chí góp ý gì?', kind: 'text' }] } }
      case 'survey-participation':
      case 'survey-answers':
        return { data: { id: `mx-${n}`, answers: {} } }
      case 'tasks':
        // Given to the member of A1, not to the cell, so the cell's secretary does not report on it.
        return { data: { assigneeOrg: null, dueAt: new Date(Date.now() + 86_400_000).toISOString() } }
      case 'task-reports':
        return { data: { percent: 50 } }
      case 'calendar-feeds':
        return { data: { tokenHash: `mx-${n}` } }
      case 'profile-corrections':
        return { data: { field: 'phone', proposedValue: '0912 345 678' } }
      case 'inbox':
        // The fan-out stamps the recipient's cell path; admins of the branch read the row through it.
        return {
          data: {
            id: `mx-${n}:${this.subject}`,
            sentAt: new Date().toISOString(),
            orgPath: `/${this.tree.orgs.root.id}/${this.tree.orgs.a.id}/${this.cell}/`,
          },
        }
      case 'deliveries':
        return { data: { key: `mx-${n}`, notice: `mx-${n}`, recipient: String(this.subject) } }
      case 'devices':
        return { data: { endpoint: `https://push.example/mx-${n}` } }
      case 'org-changes':
        // A dry run of moving cell A1 under its own parent: valid, and it changes nothing.
        return { data: { kind: 'move', source: this.cell, target: this.tree.orgs.a.id, dryRun: true } }
      case 'payload-locked-documents':
        return { data: { globalSlug: null } }
      case 'payload-jobs':
        // A job no runner will pick up: the scheduled-publish test runs the default queue.
        return { data: { queue: 'access-matrix', hasError: true } }
      case 'payload-preferences':
        return { data: { key: `mx-${n}`, value: { cot: 'tieu-de' } } }
      default:
        return {}
    }
  }

  private async value(field: Field & { name: string }, slug: string): Promise<unknown> {
    const n = next()
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'code':
        return `Mẫu kiểm thử ${n}`
      case 'email':
        return `mau-${n}@example.com`
      case 'number':
        return 'min' in field && typeof field.min === 'number' ? field.min : 1
      case 'date':
        return new Date().toISOString()
      case 'checkbox':
        return false
      case 'json':
        return {}
      case 'point':
        return [105.8, 21.0]
      case 'select':
      case 'radio': {
        const first = field.options[0]
        const value = typeof first === 'string' ? first : first.value
        return 'hasMany' in field && field.hasMany ? [value] : value
      }
      case 'richText':
        return {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'Nội dung mẫu',
                    format: 0,
                    mode: 'normal',
                    style: '',
                    detail: 0,
                  },
                ],
              },
            ],
          },
        }
      case 'relationship':
      case 'upload': {
        const to = field.relationTo
        const one = async (target: string) => {
          if (target === 'orgs') return this.cell
          if (target === 'users') return this.subject
          return (await this.of(target)).id
        }
        const value = Array.isArray(to)
          ? { relationTo: to[0], value: await one(to[0] as string) }
          : await one(to as string)
        return 'hasMany' in field && field.hasMany ? [value] : value
      }
      case 'group':
        return this.fill(field.fields, slug)
      case 'array':
        return 'minRows' in field && field.minRows ? [await this.fill(field.fields, slug)] : []
      default:
        throw new Error(`${slug}.${field.name}: kiểu trường ${field.type} chưa có giá trị mẫu`)
    }
  }

  /** Required fields, ownership (`org`, a person), and what the overrides add. */
  private async fill(fields: Field[], slug: string): Promise<Data> {
    const data: Data = {}
    for (const field of fields) {
      if (!('name' in field)) {
        if ('fields' in field) Object.assign(data, await this.fill(field.fields, slug))
        if (field.type === 'tabs')
          for (const tab of field.tabs) Object.assign(data, await this.fill(tab.fields, slug))
        continue
      }
      if (field.name === 'id' || field.type === 'ui' || ('virtual' in field && field.virtual)) continue
      const owner =
        field.type === 'relationship' && (field.relationTo === 'orgs' || field.relationTo === 'users')
      if (field.name === 'audience') data.audience = 'org'
      else if (('required' in field && field.required) || (owner && field.name !== 'orgAncestors'))
        data[field.name] = await this.value(field, slug)
    }
    return data
  }

  /** A new target document of `slug`, created by the system (no access check). */
  async make(slug: string): Promise<Sample> {
    const config = this.payload.collections[slug as CollectionSlug].config as SanitizedCollectionConfig
    const { data: extra, file } = this.overrides(slug)
    const data: Data = { ...(await this.fill(config.fields, slug)), ...extra }
    if (config.versions?.drafts) data._status = 'published'
    if (slug === 'payload-locked-documents')
      data.document = { relationTo: 'news', value: (await this.of('news')).id }
    // One minutes per meeting: each target minutes gets its own meeting (chaired and recorded by the subject).
    if (slug === 'meeting-minutes') data.meeting = (await this.make('meetings')).id
    const doc = (await this.payload
      // Payload stamps a preference with the user who saves it, whatever the data says.
      .create({
        collection: slug as CollectionSlug,
        data,
        file,
        depth: 0,
        user: this.tree.users.memberA1,
      } as never)
      .catch((error: Error) => {
        throw new Error(
          `Không tạo được ${slug} mẫu (thêm vào overrides?): ${error.message} ${JSON.stringify(data)}`,
        )
      })) as { id: Id }
    return { id: doc.id, data }
  }

  /** One shared document of `slug` (for relationships), made once. */
  async of(slug: string): Promise<{ id: Id }> {
    let id = this.made.get(slug)
    if (id === undefined) {
      id = (await this.make(slug)).id
      this.made.set(slug, id)
    }
    return { id }
  }
}
