import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { backfillOrgPaths } from '../../collections/Orgs/backfillOrgPaths.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inbox_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "inbox_rels" CASCADE;
  DROP INDEX "inbox_sent_at_idx";
  DROP INDEX "inbox_read_idx";
  DROP INDEX "inbox_updated_at_idx";
  DROP INDEX "inbox_created_at_idx";
  DROP INDEX "notice_read_idx";
  DROP INDEX "notice_branch_idx";
  ALTER TABLE "news" ADD COLUMN "org_path" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_org_path" varchar;
  ALTER TABLE "documents" ADD COLUMN "org_path" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_org_path" varchar;
  ALTER TABLE "study_topics" ADD COLUMN "org_path" varchar;
  ALTER TABLE "_study_topics_v" ADD COLUMN "version_org_path" varchar;
  ALTER TABLE "faq" ADD COLUMN "org_path" varchar;
  ALTER TABLE "_faq_v" ADD COLUMN "version_org_path" varchar;
  ALTER TABLE "questions" ADD COLUMN "org_path" varchar;
  ALTER TABLE "media" ADD COLUMN "org_path" varchar;
  ALTER TABLE "users" ADD COLUMN "org_path" varchar;
  ALTER TABLE "profile_corrections" ADD COLUMN "org_path" varchar;
  ALTER TABLE "meetings" ADD COLUMN "org_path" varchar;
  ALTER TABLE "meeting_attendance" ADD COLUMN "org_path" varchar;
  ALTER TABLE "meeting_votes" ADD COLUMN "org_path" varchar;
  ALTER TABLE "meeting_minutes" ADD COLUMN "org_path" varchar;
  ALTER TABLE "quizzes" ADD COLUMN "org_path" varchar;
  ALTER TABLE "quiz_attempts" ADD COLUMN "org_path" varchar;
  ALTER TABLE "member_imports" ADD COLUMN "org_path" varchar;
  ALTER TABLE "notices" ADD COLUMN "org_path" varchar;
  ALTER TABLE "inbox" ADD COLUMN "org_path" varchar;
  ALTER TABLE "tasks" ADD COLUMN "org_path" varchar;
  ALTER TABLE "task_reports" ADD COLUMN "org_path" varchar;
  ALTER TABLE "org_changes" ADD COLUMN "org_path" varchar;
  ALTER TABLE "surveys" ADD COLUMN "org_path" varchar;
  ALTER TABLE "survey_participation" ADD COLUMN "org_path" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "org_path" varchar;
  CREATE INDEX "news_org_path_idx" ON "news" USING btree ("org_path");
  CREATE INDEX "_news_v_version_version_org_path_idx" ON "_news_v" USING btree ("version_org_path");
  CREATE INDEX "documents_org_path_idx" ON "documents" USING btree ("org_path");
  CREATE INDEX "_documents_v_version_version_org_path_idx" ON "_documents_v" USING btree ("version_org_path");
  CREATE INDEX "study_topics_org_path_idx" ON "study_topics" USING btree ("org_path");
  CREATE INDEX "_study_topics_v_version_version_org_path_idx" ON "_study_topics_v" USING btree ("version_org_path");
  CREATE INDEX "faq_org_path_idx" ON "faq" USING btree ("org_path");
  CREATE INDEX "_faq_v_version_version_org_path_idx" ON "_faq_v" USING btree ("version_org_path");
  CREATE INDEX "questions_org_path_idx" ON "questions" USING btree ("org_path");
  CREATE INDEX "media_org_path_idx" ON "media" USING btree ("org_path");
  CREATE INDEX "users_org_path_idx" ON "users" USING btree ("org_path");
  CREATE INDEX "orgPath_fullName_idx" ON "users" USING btree ("org_path","full_name");
  CREATE INDEX "profile_corrections_org_path_idx" ON "profile_corrections" USING btree ("org_path");
  CREATE INDEX "meetings_org_path_idx" ON "meetings" USING btree ("org_path");
  CREATE INDEX "meeting_attendance_org_path_idx" ON "meeting_attendance" USING btree ("org_path");
  CREATE INDEX "meeting_votes_org_path_idx" ON "meeting_votes" USING btree ("org_path");
  CREATE INDEX "meeting_minutes_org_path_idx" ON "meeting_minutes" USING btree ("org_path");
  CREATE INDEX "quizzes_org_path_idx" ON "quizzes" USING btree ("org_path");
  CREATE INDEX "quiz_attempts_org_path_idx" ON "quiz_attempts" USING btree ("org_path");
  CREATE INDEX "member_imports_org_path_idx" ON "member_imports" USING btree ("org_path");
  CREATE INDEX "notices_org_path_idx" ON "notices" USING btree ("org_path");
  CREATE INDEX "inbox_org_path_idx" ON "inbox" USING btree ("org_path");
  CREATE INDEX "notice_branch_read_idx" ON "inbox" USING btree ("notice_id","branch_id","read");
  CREATE INDEX "org_sentAt_idx" ON "inbox" USING btree ("org_id","sent_at");
  CREATE INDEX "tasks_org_path_idx" ON "tasks" USING btree ("org_path");
  CREATE INDEX "assignee_dueAt_idx" ON "tasks" USING btree ("assignee_id","due_at");
  CREATE INDEX "assigneeOrg_dueAt_idx" ON "tasks" USING btree ("assignee_org_id","due_at");
  CREATE INDEX "task_reports_org_path_idx" ON "task_reports" USING btree ("org_path");
  CREATE INDEX "owner_startsAt_idx" ON "calendar_entries" USING btree ("owner_id","starts_at");
  CREATE INDEX "org_changes_org_path_idx" ON "org_changes" USING btree ("org_path");
  CREATE INDEX "surveys_org_path_idx" ON "surveys" USING btree ("org_path");
  CREATE INDEX "survey_participation_org_path_idx" ON "survey_participation" USING btree ("org_path");
  CREATE INDEX "audit_log_org_path_idx" ON "audit_log" USING btree ("org_path");
  ALTER TABLE "inbox" DROP COLUMN "updated_at";
  ALTER TABLE "inbox" DROP COLUMN "created_at";`)
  // A subtree is a range on the path (access rules, lists): it must compare byte by byte. Under a database's
  // linguistic collation (en_US.UTF-8) '/' is ignored at first, so '/1/125/' would sort inside '/1/12/'.
  await db.execute(sql`
  DO $$ DECLARE c record; BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND (column_name IN ('org_path', 'version_org_path') OR (table_name = 'orgs' AND column_name = 'path'))
    LOOP
      EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE varchar COLLATE "C"', c.table_name, c.column_name);
    END LOOP;
  END $$;`)
  // Orgs' paths change meaning (codes to ids) and every org-owned row gets its own.
  await backfillOrgPaths(payload, db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "inbox_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  DROP INDEX "news_org_path_idx";
  DROP INDEX "_news_v_version_version_org_path_idx";
  DROP INDEX "documents_org_path_idx";
  DROP INDEX "_documents_v_version_version_org_path_idx";
  DROP INDEX "study_topics_org_path_idx";
  DROP INDEX "_study_topics_v_version_version_org_path_idx";
  DROP INDEX "faq_org_path_idx";
  DROP INDEX "_faq_v_version_version_org_path_idx";
  DROP INDEX "questions_org_path_idx";
  DROP INDEX "media_org_path_idx";
  DROP INDEX "users_org_path_idx";
  DROP INDEX "orgPath_fullName_idx";
  DROP INDEX "profile_corrections_org_path_idx";
  DROP INDEX "meetings_org_path_idx";
  DROP INDEX "meeting_attendance_org_path_idx";
  DROP INDEX "meeting_votes_org_path_idx";
  DROP INDEX "meeting_minutes_org_path_idx";
  DROP INDEX "quizzes_org_path_idx";
  DROP INDEX "quiz_attempts_org_path_idx";
  DROP INDEX "member_imports_org_path_idx";
  DROP INDEX "notices_org_path_idx";
  DROP INDEX "inbox_org_path_idx";
  DROP INDEX "notice_branch_read_idx";
  DROP INDEX "org_sentAt_idx";
  DROP INDEX "tasks_org_path_idx";
  DROP INDEX "assignee_dueAt_idx";
  DROP INDEX "assigneeOrg_dueAt_idx";
  DROP INDEX "task_reports_org_path_idx";
  DROP INDEX "owner_startsAt_idx";
  DROP INDEX "org_changes_org_path_idx";
  DROP INDEX "surveys_org_path_idx";
  DROP INDEX "survey_participation_org_path_idx";
  DROP INDEX "audit_log_org_path_idx";
  ALTER TABLE "inbox" ADD COLUMN "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL;
  ALTER TABLE "inbox" ADD COLUMN "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL;
  ALTER TABLE "inbox_rels" ADD CONSTRAINT "inbox_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inbox_rels" ADD CONSTRAINT "inbox_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "inbox_rels_order_idx" ON "inbox_rels" USING btree ("order");
  CREATE INDEX "inbox_rels_parent_idx" ON "inbox_rels" USING btree ("parent_id");
  CREATE INDEX "inbox_rels_path_idx" ON "inbox_rels" USING btree ("path");
  CREATE INDEX "inbox_rels_orgs_id_idx" ON "inbox_rels" USING btree ("orgs_id");
  CREATE INDEX "inbox_sent_at_idx" ON "inbox" USING btree ("sent_at");
  CREATE INDEX "inbox_read_idx" ON "inbox" USING btree ("read");
  CREATE INDEX "inbox_updated_at_idx" ON "inbox" USING btree ("updated_at");
  CREATE INDEX "inbox_created_at_idx" ON "inbox" USING btree ("created_at");
  CREATE INDEX "notice_read_idx" ON "inbox" USING btree ("notice_id","read");
  CREATE INDEX "notice_branch_idx" ON "inbox" USING btree ("notice_id","branch_id");
  ALTER TABLE "news" DROP COLUMN "org_path";
  ALTER TABLE "_news_v" DROP COLUMN "version_org_path";
  ALTER TABLE "documents" DROP COLUMN "org_path";
  ALTER TABLE "_documents_v" DROP COLUMN "version_org_path";
  ALTER TABLE "study_topics" DROP COLUMN "org_path";
  ALTER TABLE "_study_topics_v" DROP COLUMN "version_org_path";
  ALTER TABLE "faq" DROP COLUMN "org_path";
  ALTER TABLE "_faq_v" DROP COLUMN "version_org_path";
  ALTER TABLE "questions" DROP COLUMN "org_path";
  ALTER TABLE "media" DROP COLUMN "org_path";
  ALTER TABLE "users" DROP COLUMN "org_path";
  ALTER TABLE "profile_corrections" DROP COLUMN "org_path";
  ALTER TABLE "meetings" DROP COLUMN "org_path";
  ALTER TABLE "meeting_attendance" DROP COLUMN "org_path";
  ALTER TABLE "meeting_votes" DROP COLUMN "org_path";
  ALTER TABLE "meeting_minutes" DROP COLUMN "org_path";
  ALTER TABLE "quizzes" DROP COLUMN "org_path";
  ALTER TABLE "quiz_attempts" DROP COLUMN "org_path";
  ALTER TABLE "member_imports" DROP COLUMN "org_path";
  ALTER TABLE "notices" DROP COLUMN "org_path";
  ALTER TABLE "inbox" DROP COLUMN "org_path";
  ALTER TABLE "tasks" DROP COLUMN "org_path";
  ALTER TABLE "task_reports" DROP COLUMN "org_path";
  ALTER TABLE "org_changes" DROP COLUMN "org_path";
  ALTER TABLE "surveys" DROP COLUMN "org_path";
  ALTER TABLE "survey_participation" DROP COLUMN "org_path";
  ALTER TABLE "audit_log" DROP COLUMN "org_path";`)
}
