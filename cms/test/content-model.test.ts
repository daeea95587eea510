/** The content model's promises: refusal of classified documents, PDF text, slugs, drafts and scheduled publish. */

import type { Payload } from 'payload'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { contentData } from './fixtures/content.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let org: { id: number | string }

beforeAll(async () => {
  payload = await testPayload()
  org = await payload.create({
    collection: 'orgs',
    data: { code: 'CM-TU', name: 'Tỉnh ủy mẫu', kind: 'tinh-uy' },
  })
})

async function pdfSaying(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage()
  page.drawText(text, { x: 40, y: 700, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) })
  return Buffer.from(await pdf.save())
}

describe('documents', () => {
  it('refuse anything above "thường" with a Vietnamese message, even as a draft, and store nothing', async () => {
    const before = (await payload.count({ collection: 'documents' })).totalDocs
    for (const _status of ['published', 'draft']) {
      const error = await payload
        .create({
          collection: 'documents',
          data: { ...contentData('documents', org.id), classification: 'mat', _status } as any,
          draft: _status === 'draft',
        })
        .catch((e) => e)
      expect(error.data.errors).toEqual([
        expect.objectContaining({
          path: 'classification',
          message: expect.stringMatching(/Không được đưa tài liệu có độ mật/),
        }),
      ])
      // The admin's toast shows the message: the reason, not "Field sau không hợp lệ: classification".
      expect(error.message).toMatch(/^Không được đưa tài liệu có độ mật/)
    }
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('refuse a symbol that is not a document number', async () => {
    await expect(
      payload.create({
        collection: 'documents',
        data: { ...contentData('documents', org.id), numberSymbol: 'abc' } as any,
      }),
    ).rejects.toThrow(/Số, ký hiệu/)
  })

  it('extract the PDF text for search and give the PDF the document audience', async () => {
    const bytes = await pdfSaying('Chi thi 27-CT/TU ve tang cuong sinh hoat chi bo')
    const pdf = await payload.create({
      collection: 'media',
      data: { org: org.id, audience: 'public', alt: 'Chỉ thị 27' } as any,
      file: { data: bytes, mimetype: 'application/pdf', name: 'chi-thi-27.pdf', size: bytes.length },
    })
    const doc = await payload.create({
      collection: 'documents',
      data: {
        ...contentData('documents', org.id),
        numberSymbol: '27-CT/TU',
        pdf: pdf.id,
        audience: 'members',
      } as any,
    })
    expect(doc.extractedText).toContain('tang cuong sinh hoat chi bo')
    expect(doc.slug).toMatch(/^chi-thi-ve-cong-tac-dang-vien/)
    const media = await payload.findByID({ collection: 'media', id: pdf.id })
    expect(media.audience).toBe('members')
  })
})

describe('drafts and scheduled publish', () => {
  it('a draft is invisible to the public and keeps versions', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: {
        ...contentData('news', org.id, 'public'),
        title: 'Bản nháp Điện Biên Phủ',
        _status: 'draft',
      } as any,
      draft: true,
    })
    const publicView = await payload.find({
      collection: 'news',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicView.totalDocs).toBe(0)
    await payload.update({ collection: 'news', id: draft.id, data: { summary: 'Sửa lần hai' }, draft: true })
    const versions = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: draft.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })

  // Only the publish jobs: earlier files on the shared database leave others queued (a notice's fan-out).
  const runSchedulePublish = () =>
    payload.jobs.run({
      queue: 'default',
      sequential: true,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })

  it('a scheduled publish job publishes the draft when the queue runs', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { ...contentData('news', org.id, 'public'), title: 'Tin hẹn giờ đăng', _status: 'draft' } as any,
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await runSchedulePublish()
    const publicView = await payload.find({
      collection: 'news',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicView.docs[0]?.title).toBe('Tin hẹn giờ đăng')
  })

  it('a job scheduled for later is left alone', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { ...contentData('news', org.id, 'public'), title: 'Tin đăng ngày mai', _status: 'draft' } as any,
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) } },
      waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
    })
    await runSchedulePublish()
    const publicView = await payload.find({
      collection: 'news',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicView.totalDocs).toBe(0)
  })
})
