import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_surveys_questions_kind" AS ENUM('choice', 'multiple', 'scale', 'text');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_participation_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_answers_id" varchar;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_participation_fk" FOREIGN KEY ("survey_participation_id") REFERENCES "public"."survey_participation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_answers_fk" FOREIGN KEY ("survey_answers_id") REFERENCES "public"."survey_answers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_participation_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_participation_id");
  CREATE INDEX "payload_locked_documents_rels_survey_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_answers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "surveys_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_participation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_participation_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_answers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "surveys_questions_options" CASCADE;
  DROP TABLE "surveys_questions" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "surveys_rels" CASCADE;
  DROP TABLE "survey_participation" CASCADE;
  DROP TABLE "survey_participation_rels" CASCADE;
  DROP TABLE "survey_answers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_participation_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_answers_fk";
  
  DROP INDEX "payload_locked_documents_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_participation_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_answers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_participation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_answers_id";
  DROP TYPE "public"."enum_surveys_questions_kind";`)
}
