import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`orgs_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`parent_id\` integer,
  	\`until\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`orgs_history_order_idx\` ON \`orgs_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`orgs_history_parent_id_idx\` ON \`orgs_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`orgs_history_parent_idx\` ON \`orgs_history\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activity_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`org_id\` integer,
  	\`day\` text NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`activity_days_key_idx\` ON \`activity_days\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`activity_days_member_idx\` ON \`activity_days\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`activity_days_org_idx\` ON \`activity_days\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`activity_days_day_idx\` ON \`activity_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`org_day_idx\` ON \`activity_days\` (\`org_id\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`org_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'merge' NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`target_id\` integer,
  	\`new_org_name\` text,
  	\`new_org_code\` text,
  	\`dry_run\` integer DEFAULT true,
  	\`status\` text DEFAULT 'queued',
  	\`percent\` numeric DEFAULT 0,
  	\`preview\` text,
  	\`written\` text,
  	\`failure\` text,
  	\`new_org_id\` integer,
  	\`started_by_id\` integer,
  	\`finished_at\` text,
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`new_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`org_changes_source_idx\` ON \`org_changes\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_target_idx\` ON \`org_changes\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_new_org_idx\` ON \`org_changes\` (\`new_org_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_started_by_idx\` ON \`org_changes\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_org_idx\` ON \`org_changes\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_updated_at_idx\` ON \`org_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_created_at_idx\` ON \`org_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`org_changes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`org_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`org_changes_rels_order_idx\` ON \`org_changes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_rels_parent_idx\` ON \`org_changes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_rels_path_idx\` ON \`org_changes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_rels_users_id_idx\` ON \`org_changes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`org_changes_rels_orgs_id_idx\` ON \`org_changes_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_order_idx\` ON \`surveys_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_parent_id_idx\` ON \`surveys_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`kind\` text DEFAULT 'choice' NOT NULL,
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_order_idx\` ON \`surveys_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_parent_id_idx\` ON \`surveys_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`published\` integer DEFAULT false,
  	\`anonymous\` integer DEFAULT true,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`notice_id\` integer,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_published_idx\` ON \`surveys\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`surveys_opens_at_idx\` ON \`surveys\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_closes_at_idx\` ON \`surveys\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_notice_idx\` ON \`surveys\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_org_idx\` ON \`surveys\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`surveys_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_rels_order_idx\` ON \`surveys_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_parent_idx\` ON \`surveys_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_path_idx\` ON \`surveys_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_orgs_id_idx\` ON \`surveys_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_participation\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`org_id\` integer NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_participation_survey_idx\` ON \`survey_participation\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_participation_member_idx\` ON \`survey_participation\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_participation_org_idx\` ON \`survey_participation\` (\`org_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_participation_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_participation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_participation_rels_order_idx\` ON \`survey_participation_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`survey_participation_rels_parent_idx\` ON \`survey_participation_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_participation_rels_path_idx\` ON \`survey_participation_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`survey_participation_rels_orgs_id_idx\` ON \`survey_participation_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_answers\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`answers\` text NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_answers_survey_idx\` ON \`survey_answers\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_member_idx\` ON \`survey_answers\` (\`member_id\`);`)
  await db.run(sql`ALTER TABLE \`orgs\` ADD \`status\` text DEFAULT 'active';`)
  await db.run(sql`ALTER TABLE \`orgs\` ADD \`merged_into_id\` integer REFERENCES orgs(id);`)
  await db.run(sql`ALTER TABLE \`orgs\` ADD \`merged_at\` text;`)
  await db.run(sql`CREATE INDEX \`orgs_merged_into_idx\` ON \`orgs\` (\`merged_into_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activity_days_id\` integer REFERENCES activity_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`org_changes_id\` integer REFERENCES org_changes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`surveys_id\` integer REFERENCES surveys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_participation_id\` text REFERENCES survey_participation(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_answers_id\` text REFERENCES survey_answers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_days_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`org_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_participation_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_participation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_answers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`orgs_history\`;`)
  await db.run(sql`DROP TABLE \`activity_days\`;`)
  await db.run(sql`DROP TABLE \`org_changes\`;`)
  await db.run(sql`DROP TABLE \`org_changes_rels\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`surveys_rels\`;`)
  await db.run(sql`DROP TABLE \`survey_participation\`;`)
  await db.run(sql`DROP TABLE \`survey_participation_rels\`;`)
  await db.run(sql`DROP TABLE \`survey_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_orgs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`parent_id\` integer,
  	\`path\` text,
  	\`depth\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_orgs\`("id", "name", "code", "kind", "parent_id", "path", "depth", "updated_at", "created_at") SELECT "id", "name", "code", "kind", "parent_id", "path", "depth", "updated_at", "created_at" FROM \`orgs\`;`)
  await db.run(sql`DROP TABLE \`orgs\`;`)
  await db.run(sql`ALTER TABLE \`__new_orgs\` RENAME TO \`orgs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`orgs_code_idx\` ON \`orgs\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`orgs_parent_idx\` ON \`orgs\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`orgs_path_idx\` ON \`orgs\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`orgs_updated_at_idx\` ON \`orgs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`orgs_created_at_idx\` ON \`orgs\` (\`created_at\`);`)
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
  	\`meeting_minutes_id\` integer,
  	\`quizzes_id\` integer,
  	\`quiz_attempts_id\` integer,
  	\`meeting_ballots_id\` text,
  	\`member_imports_id\` integer,
  	\`notices_id\` integer,
  	\`inbox_id\` text,
  	\`devices_id\` integer,
  	\`deliveries_id\` integer,
  	\`tasks_id\` integer,
  	\`task_reports_id\` integer,
  	\`calendar_entries_id\` integer,
  	\`calendar_feeds_id\` integer,
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
  	FOREIGN KEY (\`meeting_minutes_id\`) REFERENCES \`meeting_minutes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quizzes_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quiz_attempts_id\`) REFERENCES \`quiz_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meeting_ballots_id\`) REFERENCES \`meeting_ballots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`member_imports_id\`) REFERENCES \`member_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`devices_id\`) REFERENCES \`devices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`task_reports_id\`) REFERENCES \`task_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_entries_id\`) REFERENCES \`calendar_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_feeds_id\`) REFERENCES \`calendar_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "meeting_minutes_id", "quizzes_id", "quiz_attempts_id", "meeting_ballots_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id", "tasks_id", "task_reports_id", "calendar_entries_id", "calendar_feeds_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "meeting_minutes_id", "quizzes_id", "quiz_attempts_id", "meeting_ballots_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id", "tasks_id", "task_reports_id", "calendar_entries_id", "calendar_feeds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_minutes_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_minutes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_ballots_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_ballots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`member_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_devices_id_idx\` ON \`payload_locked_documents_rels\` (\`devices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_task_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`task_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feeds_id\`);`)
}
