import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_quizzes_kind" AS ENUM('quiz', 'contest');
  CREATE TYPE "public"."enum_quizzes_audience" AS ENUM('members', 'secretaries');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quizzes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quizzes_fk" FOREIGN KEY ("quizzes_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_quizzes_id_idx" ON "payload_locked_documents_rels" USING btree ("quizzes_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quizzes_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "quizzes_questions_options" CASCADE;
  DROP TABLE "quizzes_questions" CASCADE;
  DROP TABLE "quizzes" CASCADE;
  DROP TABLE "quizzes_rels" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  DROP TABLE "quiz_attempts_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quizzes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  DROP INDEX "payload_locked_documents_rels_quizzes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quizzes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  DROP TYPE "public"."enum_quizzes_kind";
  DROP TYPE "public"."enum_quizzes_audience";`)
}
