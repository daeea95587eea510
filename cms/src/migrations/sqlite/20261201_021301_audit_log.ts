import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text,
  	\`collection_label\` text,
  	\`doc_id\` text,
  	\`doc_title\` text,
  	\`org_id\` integer,
  	\`ip\` text,
  	\`changes\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_org_idx\` ON \`audit_log\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_rels_order_idx\` ON \`audit_log_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_parent_idx\` ON \`audit_log_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_path_idx\` ON \`audit_log_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_orgs_id_idx\` ON \`audit_log_rels\` (\`orgs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log_rels\`;`)
}
