/**
 * Adds N published public news items to a running stack's database through a second local Payload (WAL lets both
 * open the SQLite file), for the publish → served benchmark. Run by site-build-publish.ts with tsx in cms/.
 * Usage: tsx bench/site-build-seed.ts <items> <orgId>   Prints {"ids":[…],"slugs":[…]} of the first 20 it made.
 */
import { openPayload } from '@sotay/cms'
import { article } from './site-build-text.ts'

const items = Number(process.argv[2])
const org = Number(process.argv[3]) || process.argv[3]
if (!Number.isInteger(items) || items < 1 || !org)
  throw new Error('Cách dùng: site-build-seed.ts <số mục> <mã tổ chức>')

const payload = await openPayload()
const made: { id: number | string; slug: string }[] = []
for (let i = 0; i < items; i++) {
  const { title, date, paragraphs } = article(i, 150)
  const slug = `tin-do-tai-${i + 1}`
  const doc = await payload.create({
    collection: 'news',
    overrideAccess: true,
    data: {
      title,
      slug,
      summary: paragraphs[0]?.slice(0, 200) ?? '',
      category: 'dia-phuong',
      audience: 'public',
      org,
      _status: 'published',
      publishedAt: new Date(`${date}T08:00:00+07:00`).toISOString(),
    } as never,
  })
  if (made.length < 20) made.push({ id: doc.id, slug })
  if ((i + 1) % 1000 === 0) process.stderr.write(`[site-build-seed] ${i + 1}/${items}\n`)
}
console.log(JSON.stringify({ ids: made.map((m) => m.id), slugs: made.map((m) => m.slug) }))
process.exit(0)
