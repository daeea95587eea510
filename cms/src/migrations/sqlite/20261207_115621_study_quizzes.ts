import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`quizzes_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_questions_options_order_idx\` ON \`quizzes_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_options_parent_id_idx\` ON \`quizzes_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`multiple\` integer DEFAULT false,
  	\`explanation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_questions_order_idx\` ON \`quizzes_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_parent_id_idx\` ON \`quizzes_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'quiz' NOT NULL,
  	\`topic_id\` integer,
  	\`published\` integer DEFAULT false,
  	\`audience\` text DEFAULT 'members' NOT NULL,
  	\`draw_count\` numeric DEFAULT 0,
  	\`time_limit_minutes\` numeric DEFAULT 0,
  	\`max_attempts\` numeric DEFAULT 1,
  	\`pass_percent\` numeric DEFAULT 50,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`study_topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_topic_idx\` ON \`quizzes\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_published_idx\` ON \`quizzes\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_opens_at_idx\` ON \`quizzes\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_closes_at_idx\` ON \`quizzes\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_org_idx\` ON \`quizzes\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_rels_order_idx\` ON \`quizzes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_parent_idx\` ON \`quizzes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_path_idx\` ON \`quizzes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_orgs_id_idx\` ON \`quizzes_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`quiz_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`attempt_number\` numeric NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`drawn\` text,
  	\`submitted_at\` text,
  	\`answers\` text,
  	\`correct\` numeric,
  	\`total\` numeric,
  	\`percent\` numeric,
  	\`passed\` integer DEFAULT false,
  	\`duration_ms\` numeric,
  	\`left_page_count\` numeric DEFAULT 0,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`quiz_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_attempts_key_idx\` ON \`quiz_attempts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_quiz_idx\` ON \`quiz_attempts\` (\`quiz_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_member_idx\` ON \`quiz_attempts\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_submitted_at_idx\` ON \`quiz_attempts\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_org_idx\` ON \`quiz_attempts\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_updated_at_idx\` ON \`quiz_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_created_at_idx\` ON \`quiz_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quiz_attempts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quiz_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_attempts_rels_order_idx\` ON \`quiz_attempts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_rels_parent_idx\` ON \`quiz_attempts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_rels_path_idx\` ON \`quiz_attempts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_rels_orgs_id_idx\` ON \`quiz_attempts_rels\` (\`orgs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_attempts_id\` integer REFERENCES quiz_attempts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`quizzes_questions_options\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes_rels\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts_rels\`;`)
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
  	\`meetings_id\` integer,
  	\`meeting_attendance_id\` integer,
  	\`meeting_votes_id\` integer,
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
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meeting_attendance_id\`) REFERENCES \`meeting_attendance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meeting_votes_id\`) REFERENCES \`meeting_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`member_imports_id\`) REFERENCES \`member_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`devices_id\`) REFERENCES \`devices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`member_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_devices_id_idx\` ON \`payload_locked_documents_rels\` (\`devices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}
