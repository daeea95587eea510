import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_page_images\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`page\` numeric,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_page_images_order_idx\` ON \`documents_page_images\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_page_images_parent_id_idx\` ON \`documents_page_images\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_page_images_image_idx\` ON \`documents_page_images\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_page_images\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`page\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_page_images_order_idx\` ON \`_documents_v_version_page_images\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_page_images_parent_id_idx\` ON \`_documents_v_version_page_images\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_page_images_image_idx\` ON \`_documents_v_version_page_images\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`page_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`page_images_from\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_page_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_page_images_from\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_page_images\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_page_images\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_wide_sizes_wide_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_filename\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`page_count\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`page_images_from\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_page_count\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_page_images_from\`;`)
}
