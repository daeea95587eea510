import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tasks_priority" AS ENUM('thap', 'binh-thuong', 'cao', 'khan');
  CREATE TYPE "public"."enum_tasks_status" AS ENUM('chua-bat-dau', 'dang-lam', 'hoan-thanh', 'da-huy');
  CREATE TYPE "public"."enum_calendar_entries_reminder" AS ENUM('none', '15m', '1h', '1d');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindTasks' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindCalendarEntries' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindTasks' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindCalendarEntries' BEFORE 'pruneAuditLog';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tasks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "task_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_feeds_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_task_reports_fk" FOREIGN KEY ("task_reports_id") REFERENCES "public"."task_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk" FOREIGN KEY ("calendar_entries_id") REFERENCES "public"."calendar_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk" FOREIGN KEY ("calendar_feeds_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("tasks_id");
  CREATE INDEX "payload_locked_documents_rels_task_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("task_reports_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_entries_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_feeds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_feeds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tasks" CASCADE;
  DROP TABLE "tasks_rels" CASCADE;
  DROP TABLE "task_reports_comments" CASCADE;
  DROP TABLE "task_reports" CASCADE;
  DROP TABLE "task_reports_rels" CASCADE;
  DROP TABLE "calendar_entries" CASCADE;
  DROP TABLE "calendar_feeds" CASCADE;
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
  DROP INDEX "payload_locked_documents_rels_tasks_id_idx";
  DROP INDEX "payload_locked_documents_rels_task_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_feeds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tasks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "task_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_feeds_id";
  DROP TYPE "public"."enum_tasks_priority";
  DROP TYPE "public"."enum_tasks_status";
  DROP TYPE "public"."enum_calendar_entries_reminder";`)
}
