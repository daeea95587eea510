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
  	\`reminded_day_before_at\` text,
  	\`reminded_hour_before_at\` text,
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
  	\`count\` numeric DEFAULT 0,
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
  await db.run(sql`CREATE TABLE \`meeting_minutes_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`item_title\` text,
  	\`discussion\` text,
  	\`conclusion\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meeting_minutes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_minutes_notes_order_idx\` ON \`meeting_minutes_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_notes_parent_id_idx\` ON \`meeting_minutes_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meeting_minutes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`meeting_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`generated\` text,
  	\`place_name\` text,
  	\`summary\` text,
  	\`drafted_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meeting_minutes_meeting_idx\` ON \`meeting_minutes\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_status_idx\` ON \`meeting_minutes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_approved_by_idx\` ON \`meeting_minutes\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_org_idx\` ON \`meeting_minutes\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_updated_at_idx\` ON \`meeting_minutes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_created_at_idx\` ON \`meeting_minutes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meeting_minutes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meeting_minutes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_minutes_rels_order_idx\` ON \`meeting_minutes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_rels_parent_idx\` ON \`meeting_minutes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_rels_path_idx\` ON \`meeting_minutes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meeting_minutes_rels_orgs_id_idx\` ON \`meeting_minutes_rels\` (\`orgs_id\`);`)
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
  await db.run(sql`CREATE TABLE \`meeting_ballots\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`vote_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`choice\` text,
  	FOREIGN KEY (\`vote_id\`) REFERENCES \`meeting_votes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_ballots_vote_idx\` ON \`meeting_ballots\` (\`vote_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_ballots_member_idx\` ON \`meeting_ballots\` (\`member_id\`);`)
  await db.run(sql`CREATE TABLE \`tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`due_at\` text NOT NULL,
  	\`priority\` text DEFAULT 'binh-thuong' NOT NULL,
  	\`assignee_org_id\` integer,
  	\`assignee_id\` integer,
  	\`parent_id\` integer,
  	\`status\` text DEFAULT 'chua-bat-dau' NOT NULL,
  	\`progress\` numeric DEFAULT 0,
  	\`assigned_by_id\` integer,
  	\`reminded_due_at\` text,
  	\`reminded_overdue_at\` text,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_due_at_idx\` ON \`tasks\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_assignee_org_idx\` ON \`tasks\` (\`assignee_org_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_assignee_idx\` ON \`tasks\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_parent_idx\` ON \`tasks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_status_idx\` ON \`tasks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tasks_assigned_by_idx\` ON \`tasks\` (\`assigned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_org_idx\` ON \`tasks\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_updated_at_idx\` ON \`tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_created_at_idx\` ON \`tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tasks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_rels_order_idx\` ON \`tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_parent_idx\` ON \`tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_path_idx\` ON \`tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_media_id_idx\` ON \`tasks_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_orgs_id_idx\` ON \`tasks_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`task_reports_comments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`author_name\` text,
  	\`text\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`task_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`task_reports_comments_order_idx\` ON \`task_reports_comments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_comments_parent_id_idx\` ON \`task_reports_comments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_comments_author_idx\` ON \`task_reports_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`task_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`task_id\` integer NOT NULL,
  	\`percent\` numeric NOT NULL,
  	\`note\` text,
  	\`attachment_id\` integer,
  	\`reporter_id\` integer,
  	\`task_assignee_id\` integer,
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`task_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`task_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`task_reports_task_idx\` ON \`task_reports\` (\`task_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_attachment_idx\` ON \`task_reports\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_reporter_idx\` ON \`task_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_task_assignee_idx\` ON \`task_reports\` (\`task_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_org_idx\` ON \`task_reports\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_updated_at_idx\` ON \`task_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_created_at_idx\` ON \`task_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`task_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`task_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`task_reports_rels_order_idx\` ON \`task_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_rels_parent_idx\` ON \`task_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_rels_path_idx\` ON \`task_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`task_reports_rels_orgs_id_idx\` ON \`task_reports_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`calendar_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text,
  	\`place\` text,
  	\`note\` text,
  	\`reminder\` text DEFAULT 'none' NOT NULL,
  	\`reminded_at\` text,
  	\`owner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`calendar_entries_starts_at_idx\` ON \`calendar_entries\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_reminded_at_idx\` ON \`calendar_entries\` (\`reminded_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_owner_idx\` ON \`calendar_entries\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_updated_at_idx\` ON \`calendar_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_created_at_idx\` ON \`calendar_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`calendar_feeds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`calendar_feeds_owner_idx\` ON \`calendar_feeds\` (\`owner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_feeds_token_hash_idx\` ON \`calendar_feeds\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`calendar_feeds_revoked_at_idx\` ON \`calendar_feeds\` (\`revoked_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_feeds_updated_at_idx\` ON \`calendar_feeds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_feeds_created_at_idx\` ON \`calendar_feeds\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_attendance_id\` integer REFERENCES meeting_attendance(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_votes_id\` integer REFERENCES meeting_votes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_minutes_id\` integer REFERENCES meeting_minutes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_attempts_id\` integer REFERENCES quiz_attempts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_ballots_id\` text REFERENCES meeting_ballots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tasks_id\` integer REFERENCES tasks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`task_reports_id\` integer REFERENCES task_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendar_entries_id\` integer REFERENCES calendar_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendar_feeds_id\` integer REFERENCES calendar_feeds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_minutes_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_minutes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_ballots_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_ballots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_task_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`task_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feeds_id\`);`)
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
  await db.run(sql`DROP TABLE \`meeting_minutes_notes\`;`)
  await db.run(sql`DROP TABLE \`meeting_minutes\`;`)
  await db.run(sql`DROP TABLE \`meeting_minutes_rels\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions_options\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes_rels\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts_rels\`;`)
  await db.run(sql`DROP TABLE \`meeting_ballots\`;`)
  await db.run(sql`DROP TABLE \`tasks\`;`)
  await db.run(sql`DROP TABLE \`tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`task_reports_comments\`;`)
  await db.run(sql`DROP TABLE \`task_reports\`;`)
  await db.run(sql`DROP TABLE \`task_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`calendar_entries\`;`)
  await db.run(sql`DROP TABLE \`calendar_feeds\`;`)
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
