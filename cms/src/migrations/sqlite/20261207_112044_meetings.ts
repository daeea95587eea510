import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'thuong-ky' NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`place\` text,
  	\`chair_id\` integer,
  	\`recorder_id\` integer,
  	\`online\` integer DEFAULT false,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`month\` text,
  	\`posted_on_time\` integer,
  	\`checkin_secret\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorder_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_kind_idx\` ON \`meetings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_chair_idx\` ON \`meetings\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_recorder_idx\` ON \`meetings\` (\`recorder_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_month_idx\` ON \`meetings\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`meetings_org_idx\` ON \`meetings\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_documents_id_idx\` ON \`meetings_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_media_id_idx\` ON \`meetings_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_orgs_id_idx\` ON \`meetings_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`meeting_attendance\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`meeting_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`exempt\` integer DEFAULT false,
  	\`reply\` text,
  	\`reason\` text,
  	\`replied_at\` text,
  	\`checked_in_at\` text,
  	\`checkin_method\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meeting_attendance_key_idx\` ON \`meeting_attendance\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_meeting_idx\` ON \`meeting_attendance\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_member_idx\` ON \`meeting_attendance\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_org_idx\` ON \`meeting_attendance\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_updated_at_idx\` ON \`meeting_attendance\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_created_at_idx\` ON \`meeting_attendance\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meeting_attendance_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meeting_attendance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_attendance_rels_order_idx\` ON \`meeting_attendance_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_rels_parent_idx\` ON \`meeting_attendance_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_rels_path_idx\` ON \`meeting_attendance_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_rels_orgs_id_idx\` ON \`meeting_attendance_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`meeting_votes_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meeting_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_votes_choices_order_idx\` ON \`meeting_votes_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_choices_parent_id_idx\` ON \`meeting_votes_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meeting_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`meeting_id\` integer NOT NULL,
  	\`agenda_item\` text,
  	\`question\` text NOT NULL,
  	\`secret\` integer DEFAULT false,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`counts\` text,
  	\`voters_count\` numeric DEFAULT 0,
  	\`closed_at\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_votes_meeting_idx\` ON \`meeting_votes\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_org_idx\` ON \`meeting_votes\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_updated_at_idx\` ON \`meeting_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_created_at_idx\` ON \`meeting_votes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meeting_votes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meeting_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_votes_rels_order_idx\` ON \`meeting_votes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_rels_parent_idx\` ON \`meeting_votes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_rels_path_idx\` ON \`meeting_votes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meeting_votes_rels_orgs_id_idx\` ON \`meeting_votes_rels\` (\`orgs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_attendance_id\` integer REFERENCES meeting_attendance(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_votes_id\` integer REFERENCES meeting_votes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_votes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`meeting_attendance\`;`)
  await db.run(sql`DROP TABLE \`meeting_attendance_rels\`;`)
  await db.run(sql`DROP TABLE \`meeting_votes_choices\`;`)
  await db.run(sql`DROP TABLE \`meeting_votes\`;`)
  await db.run(sql`DROP TABLE \`meeting_votes_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`documents_id\` integer,
  	\`study_topics_id\` integer,
  	\`faq_id\` integer,
  	\`questions_id\` integer,
  	\`media_id\` integer,
  	\`orgs_id\` integer,
  	\`users_id\` integer,
  	\`profile_corrections_id\` integer,
  	\`member_imports_id\` integer,
  	\`notices_id\` integer,
  	\`inbox_id\` text,
  	\`devices_id\` integer,
  	\`deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`study_topics_id\`) REFERENCES \`study_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profile_corrections_id\`) REFERENCES \`profile_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`member_imports_id\`) REFERENCES \`member_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`devices_id\`) REFERENCES \`devices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_study_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`study_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_orgs_id_idx\` ON \`payload_locked_documents_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profile_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`profile_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`member_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_devices_id_idx\` ON \`payload_locked_documents_rels\` (\`devices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}
