import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orgs_status" AS ENUM('active', 'merged');
  CREATE TYPE "public"."enum_org_changes_kind" AS ENUM('merge', 'move', 'split');
  CREATE TYPE "public"."enum_org_changes_status" AS ENUM('queued', 'running', 'previewed', 'done', 'failed');
  CREATE TYPE "public"."enum_surveys_questions_kind" AS ENUM('choice', 'multiple', 'scale', 'text');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applyOrgChange' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applyOrgChange' BEFORE 'pruneAuditLog';
  CREATE TABLE "orgs_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" integer,
  	"until" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "activity_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"member_id" integer NOT NULL,
  	"org_id" integer,
  	"day" varchar NOT NULL
  );
  
  CREATE TABLE "org_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_org_changes_kind" DEFAULT 'merge' NOT NULL,
  	"source_id" integer NOT NULL,
  	"target_id" integer,
  	"new_org_name" varchar,
  	"new_org_code" varchar,
  	"dry_run" boolean DEFAULT true,
  	"status" "enum_org_changes_status" DEFAULT 'queued',
  	"percent" numeric DEFAULT 0,
  	"preview" jsonb,
  	"written" jsonb,
  	"failure" varchar,
  	"new_org_id" integer,
  	"started_by_id" integer,
  	"finished_at" timestamp(3) with time zone,
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "org_changes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "surveys_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "surveys_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"kind" "enum_surveys_questions_kind" DEFAULT 'choice' NOT NULL,
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"intro" varchar,
  	"published" boolean DEFAULT false,
  	"anonymous" boolean DEFAULT true,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"notice_id" integer,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "surveys_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "survey_participation" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"org_id" integer NOT NULL
  );
  
  CREATE TABLE "survey_participation_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "survey_answers" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"member_id" integer,
  	"answers" jsonb NOT NULL
  );
  
  ALTER TABLE "orgs" ADD COLUMN "status" "enum_orgs_status" DEFAULT 'active';
  ALTER TABLE "orgs" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "orgs" ADD COLUMN "merged_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "org_changes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_participation_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_answers_id" varchar;
  ALTER TABLE "orgs_history" ADD CONSTRAINT "orgs_history_parent_id_orgs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orgs_history" ADD CONSTRAINT "orgs_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes" ADD CONSTRAINT "org_changes_source_id_orgs_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes" ADD CONSTRAINT "org_changes_target_id_orgs_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes" ADD CONSTRAINT "org_changes_new_org_id_orgs_id_fk" FOREIGN KEY ("new_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes" ADD CONSTRAINT "org_changes_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes" ADD CONSTRAINT "org_changes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_changes_rels" ADD CONSTRAINT "org_changes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_changes_rels" ADD CONSTRAINT "org_changes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_changes_rels" ADD CONSTRAINT "org_changes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_questions_options" ADD CONSTRAINT "surveys_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_questions" ADD CONSTRAINT "surveys_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_participation" ADD CONSTRAINT "survey_participation_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_participation_rels" ADD CONSTRAINT "survey_participation_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."survey_participation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_participation_rels" ADD CONSTRAINT "survey_participation_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "orgs_history_order_idx" ON "orgs_history" USING btree ("_order");
  CREATE INDEX "orgs_history_parent_id_idx" ON "orgs_history" USING btree ("_parent_id");
  CREATE INDEX "orgs_history_parent_idx" ON "orgs_history" USING btree ("parent_id");
  CREATE UNIQUE INDEX "activity_days_key_idx" ON "activity_days" USING btree ("key");
  CREATE INDEX "activity_days_member_idx" ON "activity_days" USING btree ("member_id");
  CREATE INDEX "activity_days_org_idx" ON "activity_days" USING btree ("org_id");
  CREATE INDEX "activity_days_day_idx" ON "activity_days" USING btree ("day");
  CREATE INDEX "org_day_idx" ON "activity_days" USING btree ("org_id","day");
  CREATE INDEX "org_changes_source_idx" ON "org_changes" USING btree ("source_id");
  CREATE INDEX "org_changes_target_idx" ON "org_changes" USING btree ("target_id");
  CREATE INDEX "org_changes_new_org_idx" ON "org_changes" USING btree ("new_org_id");
  CREATE INDEX "org_changes_started_by_idx" ON "org_changes" USING btree ("started_by_id");
  CREATE INDEX "org_changes_org_idx" ON "org_changes" USING btree ("org_id");
  CREATE INDEX "org_changes_updated_at_idx" ON "org_changes" USING btree ("updated_at");
  CREATE INDEX "org_changes_created_at_idx" ON "org_changes" USING btree ("created_at");
  CREATE INDEX "org_changes_rels_order_idx" ON "org_changes_rels" USING btree ("order");
  CREATE INDEX "org_changes_rels_parent_idx" ON "org_changes_rels" USING btree ("parent_id");
  CREATE INDEX "org_changes_rels_path_idx" ON "org_changes_rels" USING btree ("path");
  CREATE INDEX "org_changes_rels_users_id_idx" ON "org_changes_rels" USING btree ("users_id");
  CREATE INDEX "org_changes_rels_orgs_id_idx" ON "org_changes_rels" USING btree ("orgs_id");
  CREATE INDEX "surveys_questions_options_order_idx" ON "surveys_questions_options" USING btree ("_order");
  CREATE INDEX "surveys_questions_options_parent_id_idx" ON "surveys_questions_options" USING btree ("_parent_id");
  CREATE INDEX "surveys_questions_order_idx" ON "surveys_questions" USING btree ("_order");
  CREATE INDEX "surveys_questions_parent_id_idx" ON "surveys_questions" USING btree ("_parent_id");
  CREATE INDEX "surveys_published_idx" ON "surveys" USING btree ("published");
  CREATE INDEX "surveys_opens_at_idx" ON "surveys" USING btree ("opens_at");
  CREATE INDEX "surveys_closes_at_idx" ON "surveys" USING btree ("closes_at");
  CREATE INDEX "surveys_notice_idx" ON "surveys" USING btree ("notice_id");
  CREATE INDEX "surveys_org_idx" ON "surveys" USING btree ("org_id");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE INDEX "surveys_rels_order_idx" ON "surveys_rels" USING btree ("order");
  CREATE INDEX "surveys_rels_parent_idx" ON "surveys_rels" USING btree ("parent_id");
  CREATE INDEX "surveys_rels_path_idx" ON "surveys_rels" USING btree ("path");
  CREATE INDEX "surveys_rels_orgs_id_idx" ON "surveys_rels" USING btree ("orgs_id");
  CREATE INDEX "survey_participation_survey_idx" ON "survey_participation" USING btree ("survey_id");
  CREATE INDEX "survey_participation_member_idx" ON "survey_participation" USING btree ("member_id");
  CREATE INDEX "survey_participation_org_idx" ON "survey_participation" USING btree ("org_id");
  CREATE INDEX "survey_participation_rels_order_idx" ON "survey_participation_rels" USING btree ("order");
  CREATE INDEX "survey_participation_rels_parent_idx" ON "survey_participation_rels" USING btree ("parent_id");
  CREATE INDEX "survey_participation_rels_path_idx" ON "survey_participation_rels" USING btree ("path");
  CREATE INDEX "survey_participation_rels_orgs_id_idx" ON "survey_participation_rels" USING btree ("orgs_id");
  CREATE INDEX "survey_answers_survey_idx" ON "survey_answers" USING btree ("survey_id");
  CREATE INDEX "survey_answers_member_idx" ON "survey_answers" USING btree ("member_id");
  ALTER TABLE "orgs" ADD CONSTRAINT "orgs_merged_into_id_orgs_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_days_fk" FOREIGN KEY ("activity_days_id") REFERENCES "public"."activity_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_org_changes_fk" FOREIGN KEY ("org_changes_id") REFERENCES "public"."org_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_participation_fk" FOREIGN KEY ("survey_participation_id") REFERENCES "public"."survey_participation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_answers_fk" FOREIGN KEY ("survey_answers_id") REFERENCES "public"."survey_answers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "orgs_merged_into_idx" ON "orgs" USING btree ("merged_into_id");
  CREATE INDEX "payload_locked_documents_rels_activity_days_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_days_id");
  CREATE INDEX "payload_locked_documents_rels_org_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("org_changes_id");
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_participation_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_participation_id");
  CREATE INDEX "payload_locked_documents_rels_survey_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_answers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orgs_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_changes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_participation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_participation_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_answers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "orgs_history" CASCADE;
  DROP TABLE "activity_days" CASCADE;
  DROP TABLE "org_changes" CASCADE;
  DROP TABLE "org_changes_rels" CASCADE;
  DROP TABLE "surveys_questions_options" CASCADE;
  DROP TABLE "surveys_questions" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "surveys_rels" CASCADE;
  DROP TABLE "survey_participation" CASCADE;
  DROP TABLE "survey_participation_rels" CASCADE;
  DROP TABLE "survey_answers" CASCADE;
  ALTER TABLE "orgs" DROP CONSTRAINT "orgs_merged_into_id_orgs_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_org_changes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_participation_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_answers_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "orgs_merged_into_idx";
  DROP INDEX "payload_locked_documents_rels_activity_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_org_changes_id_idx";
  DROP INDEX "payload_locked_documents_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_participation_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_answers_id_idx";
  ALTER TABLE "orgs" DROP COLUMN "status";
  ALTER TABLE "orgs" DROP COLUMN "merged_into_id";
  ALTER TABLE "orgs" DROP COLUMN "merged_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "org_changes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_participation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_answers_id";
  DROP TYPE "public"."enum_orgs_status";
  DROP TYPE "public"."enum_org_changes_kind";
  DROP TYPE "public"."enum_org_changes_status";
  DROP TYPE "public"."enum_surveys_questions_kind";`)
}
