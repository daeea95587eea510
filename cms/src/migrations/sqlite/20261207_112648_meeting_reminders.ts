import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`reminded_day_before_at\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`reminded_hour_before_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`reminded_day_before_at\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`reminded_hour_before_at\`;`)
}
