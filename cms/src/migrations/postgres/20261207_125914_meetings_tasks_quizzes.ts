import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_kind" AS ENUM('thuong-ky', 'chuyen-de', 'bat-thuong', 'hop-chi-uy', 'hop-dang-uy');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('scheduled', 'held', 'cancelled');
  CREATE TYPE "public"."enum_meeting_attendance_reply" AS ENUM('present', 'absent');
  CREATE TYPE "public"."enum_meeting_attendance_checkin_method" AS ENUM('qr', 'code', 'manual', 'online');
  CREATE TYPE "public"."enum_meeting_votes_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_meeting_minutes_status" AS ENUM('draft', 'approved');
  CREATE TYPE "public"."enum_quizzes_kind" AS ENUM('quiz', 'contest');
  CREATE TYPE "public"."enum_quizzes_audience" AS ENUM('members', 'secretaries');
  CREATE TYPE "public"."enum_tasks_priority" AS ENUM('thap', 'binh-thuong', 'cao', 'khan');
  CREATE TYPE "public"."enum_tasks_status" AS ENUM('chua-bat-dau', 'dang-lam', 'hoan-thanh', 'da-huy');
  CREATE TYPE "public"."enum_calendar_entries_reminder" AS ENUM('none', '15m', '1h', '1d');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingReminders' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingsTwentiethRule' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingsArticle8' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindTasks' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindCalendarEntries' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingReminders' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingsTwentiethRule' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingsArticle8' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindTasks' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindCalendarEntries' BEFORE 'pruneAuditLog';
  CREATE TABLE "meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_meetings_kind" DEFAULT 'thuong-ky' NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"place" varchar,
  	"chair_id" integer,
  	"recorder_id" integer,
  	"online" boolean DEFAULT false,
  	"status" "enum_meetings_status" DEFAULT 'scheduled' NOT NULL,
  	"month" varchar,
  	"posted_on_time" boolean,
  	"reminded_day_before_at" timestamp(3) with time zone,
  	"reminded_hour_before_at" timestamp(3) with time zone,
  	"checkin_secret" varchar,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"media_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_attendance" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"exempt" boolean DEFAULT false,
  	"reply" "enum_meeting_attendance_reply",
  	"reason" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"checkin_method" "enum_meeting_attendance_checkin_method",
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_attendance_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_votes_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"count" numeric DEFAULT 0
  );
  
  CREATE TABLE "meeting_votes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"agenda_item" varchar,
  	"question" varchar NOT NULL,
  	"secret" boolean DEFAULT false,
  	"status" "enum_meeting_votes_status" DEFAULT 'open' NOT NULL,
  	"counts" jsonb,
  	"voters_count" numeric DEFAULT 0,
  	"closed_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_votes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_minutes_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_key" varchar NOT NULL,
  	"item_title" varchar,
  	"discussion" varchar,
  	"conclusion" varchar
  );
  
  CREATE TABLE "meeting_minutes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"status" "enum_meeting_minutes_status" DEFAULT 'draft' NOT NULL,
  	"generated" jsonb,
  	"place_name" varchar,
  	"summary" varchar,
  	"drafted_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_minutes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "quizzes_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "quizzes_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"multiple" boolean DEFAULT false,
  	"explanation" varchar
  );
  
  CREATE TABLE "quizzes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_quizzes_kind" DEFAULT 'quiz' NOT NULL,
  	"topic_id" integer,
  	"published" boolean DEFAULT false,
  	"audience" "enum_quizzes_audience" DEFAULT 'members' NOT NULL,
  	"draw_count" numeric DEFAULT 0,
  	"time_limit_minutes" numeric DEFAULT 0,
  	"max_attempts" numeric DEFAULT 1,
  	"pass_percent" numeric DEFAULT 50,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quizzes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "quiz_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"quiz_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"attempt_number" numeric NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"drawn" jsonb,
  	"submitted_at" timestamp(3) with time zone,
  	"answers" jsonb,
  	"correct" numeric,
  	"total" numeric,
  	"percent" numeric,
  	"passed" boolean DEFAULT false,
  	"duration_ms" numeric,
  	"left_page_count" numeric DEFAULT 0,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quiz_attempts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_ballots" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"vote_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"choice" varchar
  );
  
  CREATE TABLE "tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"priority" "enum_tasks_priority" DEFAULT 'binh-thuong' NOT NULL,
  	"assignee_org_id" integer,
  	"assignee_id" integer,
  	"parent_id" integer,
  	"status" "enum_tasks_status" DEFAULT 'chua-bat-dau' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"assigned_by_id" integer,
  	"reminded_due_at" timestamp(3) with time zone,
  	"reminded_overdue_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tasks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "task_reports_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer NOT NULL,
  	"author_name" varchar,
  	"text" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "task_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"task_id" integer NOT NULL,
  	"percent" numeric NOT NULL,
  	"note" varchar,
  	"attachment_id" integer,
  	"reporter_id" integer,
  	"task_assignee_id" integer,
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "task_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "calendar_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"note" varchar,
  	"reminder" "enum_calendar_entries_reminder" DEFAULT 'none' NOT NULL,
  	"reminded_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendar_feeds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_attendance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_votes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_minutes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quizzes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_ballots_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tasks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "task_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_feeds_id" integer;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_recorder_id_users_id_fk" FOREIGN KEY ("recorder_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance_rels" ADD CONSTRAINT "meeting_attendance_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_attendance_rels" ADD CONSTRAINT "meeting_attendance_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes_choices" ADD CONSTRAINT "meeting_votes_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_votes_rels" ADD CONSTRAINT "meeting_votes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes_rels" ADD CONSTRAINT "meeting_votes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_minutes_notes" ADD CONSTRAINT "meeting_minutes_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes_rels" ADD CONSTRAINT "meeting_minutes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_minutes_rels" ADD CONSTRAINT "meeting_minutes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes_questions_options" ADD CONSTRAINT "quizzes_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quizzes_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes_questions" ADD CONSTRAINT "quizzes_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_topic_id_study_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."study_topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes_rels" ADD CONSTRAINT "quizzes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quizzes_rels" ADD CONSTRAINT "quizzes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts_rels" ADD CONSTRAINT "quiz_attempts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_attempts_rels" ADD CONSTRAINT "quiz_attempts_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_vote_id_meeting_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."meeting_votes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_org_id_orgs_id_fk" FOREIGN KEY ("assignee_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_id_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "task_reports_comments" ADD CONSTRAINT "task_reports_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports_comments" ADD CONSTRAINT "task_reports_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."task_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_task_assignee_id_users_id_fk" FOREIGN KEY ("task_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports" ADD CONSTRAINT "task_reports_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_reports_rels" ADD CONSTRAINT "task_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."task_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "task_reports_rels" ADD CONSTRAINT "task_reports_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meetings_agenda_order_idx" ON "meetings_agenda" USING btree ("_order");
  CREATE INDEX "meetings_agenda_parent_id_idx" ON "meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");
  CREATE INDEX "meetings_starts_at_idx" ON "meetings" USING btree ("starts_at");
  CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_id");
  CREATE INDEX "meetings_recorder_idx" ON "meetings" USING btree ("recorder_id");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_month_idx" ON "meetings" USING btree ("month");
  CREATE INDEX "meetings_org_idx" ON "meetings" USING btree ("org_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_documents_id_idx" ON "meetings_rels" USING btree ("documents_id");
  CREATE INDEX "meetings_rels_media_id_idx" ON "meetings_rels" USING btree ("media_id");
  CREATE INDEX "meetings_rels_orgs_id_idx" ON "meetings_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "meeting_attendance_key_idx" ON "meeting_attendance" USING btree ("key");
  CREATE INDEX "meeting_attendance_meeting_idx" ON "meeting_attendance" USING btree ("meeting_id");
  CREATE INDEX "meeting_attendance_member_idx" ON "meeting_attendance" USING btree ("member_id");
  CREATE INDEX "meeting_attendance_org_idx" ON "meeting_attendance" USING btree ("org_id");
  CREATE INDEX "meeting_attendance_updated_at_idx" ON "meeting_attendance" USING btree ("updated_at");
  CREATE INDEX "meeting_attendance_created_at_idx" ON "meeting_attendance" USING btree ("created_at");
  CREATE INDEX "meeting_attendance_rels_order_idx" ON "meeting_attendance_rels" USING btree ("order");
  CREATE INDEX "meeting_attendance_rels_parent_idx" ON "meeting_attendance_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_attendance_rels_path_idx" ON "meeting_attendance_rels" USING btree ("path");
  CREATE INDEX "meeting_attendance_rels_orgs_id_idx" ON "meeting_attendance_rels" USING btree ("orgs_id");
  CREATE INDEX "meeting_votes_choices_order_idx" ON "meeting_votes_choices" USING btree ("_order");
  CREATE INDEX "meeting_votes_choices_parent_id_idx" ON "meeting_votes_choices" USING btree ("_parent_id");
  CREATE INDEX "meeting_votes_meeting_idx" ON "meeting_votes" USING btree ("meeting_id");
  CREATE INDEX "meeting_votes_org_idx" ON "meeting_votes" USING btree ("org_id");
  CREATE INDEX "meeting_votes_updated_at_idx" ON "meeting_votes" USING btree ("updated_at");
  CREATE INDEX "meeting_votes_created_at_idx" ON "meeting_votes" USING btree ("created_at");
  CREATE INDEX "meeting_votes_rels_order_idx" ON "meeting_votes_rels" USING btree ("order");
  CREATE INDEX "meeting_votes_rels_parent_idx" ON "meeting_votes_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_votes_rels_path_idx" ON "meeting_votes_rels" USING btree ("path");
  CREATE INDEX "meeting_votes_rels_orgs_id_idx" ON "meeting_votes_rels" USING btree ("orgs_id");
  CREATE INDEX "meeting_minutes_notes_order_idx" ON "meeting_minutes_notes" USING btree ("_order");
  CREATE INDEX "meeting_minutes_notes_parent_id_idx" ON "meeting_minutes_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "meeting_minutes_meeting_idx" ON "meeting_minutes" USING btree ("meeting_id");
  CREATE INDEX "meeting_minutes_status_idx" ON "meeting_minutes" USING btree ("status");
  CREATE INDEX "meeting_minutes_approved_by_idx" ON "meeting_minutes" USING btree ("approved_by_id");
  CREATE INDEX "meeting_minutes_org_idx" ON "meeting_minutes" USING btree ("org_id");
  CREATE INDEX "meeting_minutes_updated_at_idx" ON "meeting_minutes" USING btree ("updated_at");
  CREATE INDEX "meeting_minutes_created_at_idx" ON "meeting_minutes" USING btree ("created_at");
  CREATE INDEX "meeting_minutes_rels_order_idx" ON "meeting_minutes_rels" USING btree ("order");
  CREATE INDEX "meeting_minutes_rels_parent_idx" ON "meeting_minutes_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_minutes_rels_path_idx" ON "meeting_minutes_rels" USING btree ("path");
  CREATE INDEX "meeting_minutes_rels_orgs_id_idx" ON "meeting_minutes_rels" USING btree ("orgs_id");
  CREATE INDEX "quizzes_questions_options_order_idx" ON "quizzes_questions_options" USING btree ("_order");
  CREATE INDEX "quizzes_questions_options_parent_id_idx" ON "quizzes_questions_options" USING btree ("_parent_id");
  CREATE INDEX "quizzes_questions_order_idx" ON "quizzes_questions" USING btree ("_order");
  CREATE INDEX "quizzes_questions_parent_id_idx" ON "quizzes_questions" USING btree ("_parent_id");
  CREATE INDEX "quizzes_topic_idx" ON "quizzes" USING btree ("topic_id");
  CREATE INDEX "quizzes_published_idx" ON "quizzes" USING btree ("published");
  CREATE INDEX "quizzes_opens_at_idx" ON "quizzes" USING btree ("opens_at");
  CREATE INDEX "quizzes_closes_at_idx" ON "quizzes" USING btree ("closes_at");
  CREATE INDEX "quizzes_org_idx" ON "quizzes" USING btree ("org_id");
  CREATE INDEX "quizzes_updated_at_idx" ON "quizzes" USING btree ("updated_at");
  CREATE INDEX "quizzes_created_at_idx" ON "quizzes" USING btree ("created_at");
  CREATE INDEX "quizzes_rels_order_idx" ON "quizzes_rels" USING btree ("order");
  CREATE INDEX "quizzes_rels_parent_idx" ON "quizzes_rels" USING btree ("parent_id");
  CREATE INDEX "quizzes_rels_path_idx" ON "quizzes_rels" USING btree ("path");
  CREATE INDEX "quizzes_rels_orgs_id_idx" ON "quizzes_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "quiz_attempts_key_idx" ON "quiz_attempts" USING btree ("key");
  CREATE INDEX "quiz_attempts_quiz_idx" ON "quiz_attempts" USING btree ("quiz_id");
  CREATE INDEX "quiz_attempts_member_idx" ON "quiz_attempts" USING btree ("member_id");
  CREATE INDEX "quiz_attempts_submitted_at_idx" ON "quiz_attempts" USING btree ("submitted_at");
  CREATE INDEX "quiz_attempts_org_idx" ON "quiz_attempts" USING btree ("org_id");
  CREATE INDEX "quiz_attempts_updated_at_idx" ON "quiz_attempts" USING btree ("updated_at");
  CREATE INDEX "quiz_attempts_created_at_idx" ON "quiz_attempts" USING btree ("created_at");
  CREATE INDEX "quiz_attempts_rels_order_idx" ON "quiz_attempts_rels" USING btree ("order");
  CREATE INDEX "quiz_attempts_rels_parent_idx" ON "quiz_attempts_rels" USING btree ("parent_id");
  CREATE INDEX "quiz_attempts_rels_path_idx" ON "quiz_attempts_rels" USING btree ("path");
  CREATE INDEX "quiz_attempts_rels_orgs_id_idx" ON "quiz_attempts_rels" USING btree ("orgs_id");
  CREATE INDEX "meeting_ballots_vote_idx" ON "meeting_ballots" USING btree ("vote_id");
  CREATE INDEX "meeting_ballots_member_idx" ON "meeting_ballots" USING btree ("member_id");
  CREATE INDEX "tasks_due_at_idx" ON "tasks" USING btree ("due_at");
  CREATE INDEX "tasks_assignee_org_idx" ON "tasks" USING btree ("assignee_org_id");
  CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_id");
  CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_id");
  CREATE INDEX "tasks_status_idx" ON "tasks" USING btree ("status");
  CREATE INDEX "tasks_assigned_by_idx" ON "tasks" USING btree ("assigned_by_id");
  CREATE INDEX "tasks_org_idx" ON "tasks" USING btree ("org_id");
  CREATE INDEX "tasks_updated_at_idx" ON "tasks" USING btree ("updated_at");
  CREATE INDEX "tasks_created_at_idx" ON "tasks" USING btree ("created_at");
  CREATE INDEX "tasks_rels_order_idx" ON "tasks_rels" USING btree ("order");
  CREATE INDEX "tasks_rels_parent_idx" ON "tasks_rels" USING btree ("parent_id");
  CREATE INDEX "tasks_rels_path_idx" ON "tasks_rels" USING btree ("path");
  CREATE INDEX "tasks_rels_media_id_idx" ON "tasks_rels" USING btree ("media_id");
  CREATE INDEX "tasks_rels_orgs_id_idx" ON "tasks_rels" USING btree ("orgs_id");
  CREATE INDEX "task_reports_comments_order_idx" ON "task_reports_comments" USING btree ("_order");
  CREATE INDEX "task_reports_comments_parent_id_idx" ON "task_reports_comments" USING btree ("_parent_id");
  CREATE INDEX "task_reports_comments_author_idx" ON "task_reports_comments" USING btree ("author_id");
  CREATE INDEX "task_reports_task_idx" ON "task_reports" USING btree ("task_id");
  CREATE INDEX "task_reports_attachment_idx" ON "task_reports" USING btree ("attachment_id");
  CREATE INDEX "task_reports_reporter_idx" ON "task_reports" USING btree ("reporter_id");
  CREATE INDEX "task_reports_task_assignee_idx" ON "task_reports" USING btree ("task_assignee_id");
  CREATE INDEX "task_reports_org_idx" ON "task_reports" USING btree ("org_id");
  CREATE INDEX "task_reports_updated_at_idx" ON "task_reports" USING btree ("updated_at");
  CREATE INDEX "task_reports_created_at_idx" ON "task_reports" USING btree ("created_at");
  CREATE INDEX "task_reports_rels_order_idx" ON "task_reports_rels" USING btree ("order");
  CREATE INDEX "task_reports_rels_parent_idx" ON "task_reports_rels" USING btree ("parent_id");
  CREATE INDEX "task_reports_rels_path_idx" ON "task_reports_rels" USING btree ("path");
  CREATE INDEX "task_reports_rels_orgs_id_idx" ON "task_reports_rels" USING btree ("orgs_id");
  CREATE INDEX "calendar_entries_starts_at_idx" ON "calendar_entries" USING btree ("starts_at");
  CREATE INDEX "calendar_entries_reminded_at_idx" ON "calendar_entries" USING btree ("reminded_at");
  CREATE INDEX "calendar_entries_owner_idx" ON "calendar_entries" USING btree ("owner_id");
  CREATE INDEX "calendar_entries_updated_at_idx" ON "calendar_entries" USING btree ("updated_at");
  CREATE INDEX "calendar_entries_created_at_idx" ON "calendar_entries" USING btree ("created_at");
  CREATE INDEX "calendar_feeds_owner_idx" ON "calendar_feeds" USING btree ("owner_id");
  CREATE UNIQUE INDEX "calendar_feeds_token_hash_idx" ON "calendar_feeds" USING btree ("token_hash");
  CREATE INDEX "calendar_feeds_revoked_at_idx" ON "calendar_feeds" USING btree ("revoked_at");
  CREATE INDEX "calendar_feeds_updated_at_idx" ON "calendar_feeds" USING btree ("updated_at");
  CREATE INDEX "calendar_feeds_created_at_idx" ON "calendar_feeds" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_attendance_fk" FOREIGN KEY ("meeting_attendance_id") REFERENCES "public"."meeting_attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_votes_fk" FOREIGN KEY ("meeting_votes_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_minutes_fk" FOREIGN KEY ("meeting_minutes_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quizzes_fk" FOREIGN KEY ("quizzes_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_ballots_fk" FOREIGN KEY ("meeting_ballots_id") REFERENCES "public"."meeting_ballots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_task_reports_fk" FOREIGN KEY ("task_reports_id") REFERENCES "public"."task_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk" FOREIGN KEY ("calendar_entries_id") REFERENCES "public"."calendar_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk" FOREIGN KEY ("calendar_feeds_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_attendance_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_votes_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_minutes_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_minutes_id");
  CREATE INDEX "payload_locked_documents_rels_quizzes_id_idx" ON "payload_locked_documents_rels" USING btree ("quizzes_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_ballots_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_ballots_id");
  CREATE INDEX "payload_locked_documents_rels_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("tasks_id");
  CREATE INDEX "payload_locked_documents_rels_task_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("task_reports_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_entries_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_feeds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_attendance_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_minutes_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_minutes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_minutes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_ballots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_feeds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_agenda" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "meeting_attendance" CASCADE;
  DROP TABLE "meeting_attendance_rels" CASCADE;
  DROP TABLE "meeting_votes_choices" CASCADE;
  DROP TABLE "meeting_votes" CASCADE;
  DROP TABLE "meeting_votes_rels" CASCADE;
  DROP TABLE "meeting_minutes_notes" CASCADE;
  DROP TABLE "meeting_minutes" CASCADE;
  DROP TABLE "meeting_minutes_rels" CASCADE;
  DROP TABLE "quizzes_questions_options" CASCADE;
  DROP TABLE "quizzes_questions" CASCADE;
  DROP TABLE "quizzes" CASCADE;
  DROP TABLE "quizzes_rels" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  DROP TABLE "quiz_attempts_rels" CASCADE;
  DROP TABLE "meeting_ballots" CASCADE;
  DROP TABLE "tasks" CASCADE;
  DROP TABLE "tasks_rels" CASCADE;
  DROP TABLE "task_reports_comments" CASCADE;
  DROP TABLE "task_reports" CASCADE;
  DROP TABLE "task_reports_rels" CASCADE;
  DROP TABLE "calendar_entries" CASCADE;
  DROP TABLE "calendar_feeds" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_attendance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_votes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_minutes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quizzes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_ballots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tasks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_task_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_attendance_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_votes_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_minutes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quizzes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_ballots_id_idx";
  DROP INDEX "payload_locked_documents_rels_tasks_id_idx";
  DROP INDEX "payload_locked_documents_rels_task_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_feeds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_attendance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_votes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_minutes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quizzes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_ballots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tasks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "task_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_feeds_id";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_meeting_attendance_reply";
  DROP TYPE "public"."enum_meeting_attendance_checkin_method";
  DROP TYPE "public"."enum_meeting_votes_status";
  DROP TYPE "public"."enum_meeting_minutes_status";
  DROP TYPE "public"."enum_quizzes_kind";
  DROP TYPE "public"."enum_quizzes_audience";
  DROP TYPE "public"."enum_tasks_priority";
  DROP TYPE "public"."enum_tasks_status";
  DROP TYPE "public"."enum_calendar_entries_reminder";`)
}
