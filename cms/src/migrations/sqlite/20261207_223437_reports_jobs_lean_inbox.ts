import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`report_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`org_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`kind\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`notices_received\` numeric DEFAULT 0,
  	\`notices_read\` numeric DEFAULT 0,
  	\`deliveries_sent\` numeric DEFAULT 0,
  	\`deliveries_failed\` numeric DEFAULT 0,
  	\`meetings_held\` numeric DEFAULT 0,
  	\`meetings_on_time\` numeric DEFAULT 0,
  	\`attendance_present\` numeric DEFAULT 0,
  	\`attendance_expected\` numeric DEFAULT 0,
  	\`quiz_participants\` numeric DEFAULT 0,
  	\`quiz_attempts\` numeric DEFAULT 0,
  	\`quiz_percent_sum\` numeric DEFAULT 0,
  	\`quiz_passed\` numeric DEFAULT 0,
  	\`tasks\` numeric DEFAULT 0,
  	\`tasks_done\` numeric DEFAULT 0,
  	\`tasks_on_time\` numeric DEFAULT 0,
  	\`tasks_overdue\` numeric DEFAULT 0,
  	\`questions_asked\` numeric DEFAULT 0,
  	\`questions_answered\` numeric DEFAULT 0,
  	\`questions_waiting\` numeric DEFAULT 0,
  	\`members\` numeric DEFAULT 0,
  	\`chinh_thuc\` numeric DEFAULT 0,
  	\`du_bi\` numeric DEFAULT 0,
  	\`mien_sinh_hoat\` numeric DEFAULT 0,
  	\`da_chuyen_di\` numeric DEFAULT 0,
  	\`tu_tran\` numeric DEFAULT 0,
  	\`activated\` numeric DEFAULT 0,
  	\`cells\` numeric DEFAULT 0,
  	\`active7\` numeric DEFAULT 0,
  	\`active30\` numeric DEFAULT 0,
  	\`active_month\` numeric DEFAULT 0,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_days_key_idx\` ON \`report_days\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`report_days_org_idx\` ON \`report_days\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`report_days_parent_idx\` ON \`report_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_kind_day_idx\` ON \`report_days\` (\`org_id\`,\`kind\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`parent_kind_day_idx\` ON \`report_days\` (\`parent_id\`,\`kind\`,\`day\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inbox\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`org_id\` integer,
  	\`org_path\` text,
  	\`branch_id\` integer,
  	\`sent_at\` text,
  	\`read\` integer DEFAULT false,
  	\`read_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inbox\`("id", "notice_id", "recipient_id", "org_id", "org_path", "branch_id", "sent_at", "read", "read_at") SELECT "id", "notice_id", "recipient_id", "org_id", "org_path", "branch_id", "sent_at", "read", "read_at" FROM \`inbox\`;`)
  await db.run(sql`DROP TABLE \`inbox\`;`)
  await db.run(sql`ALTER TABLE \`__new_inbox\` RENAME TO \`inbox\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inbox_org_path_idx\` ON \`inbox\` (\`org_path\`);`)
  await db.run(sql`CREATE INDEX \`inbox_branch_idx\` ON \`inbox\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`recipient_read_sentAt_idx\` ON \`inbox\` (\`recipient_id\`,\`read\`,\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notice_branch_read_idx\` ON \`inbox\` (\`notice_id\`,\`branch_id\`,\`read\`);`)
  await db.run(sql`CREATE INDEX \`org_sentAt_idx\` ON \`inbox\` (\`org_id\`,\`sent_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`runner\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_days_id\` integer REFERENCES report_days(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_days_id_idx\` ON \`payload_locked_documents_rels\` (\`report_days_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`report_days\`;`)
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
  	\`activity_days_id\` integer,
  	\`org_changes_id\` integer,
  	\`surveys_id\` integer,
  	\`survey_participation_id\` text,
  	\`survey_answers_id\` text,
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
  	FOREIGN KEY (\`calendar_feeds_id\`) REFERENCES \`calendar_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_days_id\`) REFERENCES \`activity_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_changes_id\`) REFERENCES \`org_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_participation_id\`) REFERENCES \`survey_participation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_answers_id\`) REFERENCES \`survey_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "meeting_minutes_id", "quizzes_id", "quiz_attempts_id", "meeting_ballots_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id", "tasks_id", "task_reports_id", "calendar_entries_id", "calendar_feeds_id", "activity_days_id", "org_changes_id", "surveys_id", "survey_participation_id", "survey_answers_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "study_topics_id", "faq_id", "questions_id", "media_id", "orgs_id", "users_id", "profile_corrections_id", "meetings_id", "meeting_attendance_id", "meeting_votes_id", "meeting_minutes_id", "quizzes_id", "quiz_attempts_id", "meeting_ballots_id", "member_imports_id", "notices_id", "inbox_id", "devices_id", "deliveries_id", "tasks_id", "task_reports_id", "calendar_entries_id", "calendar_feeds_id", "activity_days_id", "org_changes_id", "surveys_id", "survey_participation_id", "survey_answers_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_days_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`org_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_participation_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_participation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_answers_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_inbox\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`org_id\` integer,
  	\`org_path\` text,
  	\`branch_id\` integer,
  	\`sent_at\` text,
  	\`read\` integer DEFAULT false,
  	\`read_at\` text,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inbox\`("id", "notice_id", "recipient_id", "org_id", "org_path", "branch_id", "sent_at", "read", "read_at") SELECT "id", "notice_id", "recipient_id", "org_id", "org_path", "branch_id", "sent_at", "read", "read_at" FROM \`inbox\`;`)
  await db.run(sql`DROP TABLE \`inbox\`;`)
  await db.run(sql`ALTER TABLE \`__new_inbox\` RENAME TO \`inbox\`;`)
  await db.run(sql`CREATE INDEX \`inbox_notice_idx\` ON \`inbox\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_recipient_idx\` ON \`inbox\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_org_idx\` ON \`inbox\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_org_path_idx\` ON \`inbox\` (\`org_path\`);`)
  await db.run(sql`CREATE INDEX \`inbox_branch_idx\` ON \`inbox\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`recipient_read_sentAt_idx\` ON \`inbox\` (\`recipient_id\`,\`read\`,\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notice_branch_read_idx\` ON \`inbox\` (\`notice_id\`,\`branch_id\`,\`read\`);`)
  await db.run(sql`CREATE INDEX \`org_sentAt_idx\` ON \`inbox\` (\`org_id\`,\`sent_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`runner\`;`)
}
