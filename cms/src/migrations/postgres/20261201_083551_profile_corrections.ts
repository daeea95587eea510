import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_profile_corrections_field" AS ENUM('fullName', 'cardNumber', 'cell', 'admittedAt', 'officialAt', 'phone', 'email');
  CREATE TYPE "public"."enum_profile_corrections_status" AS ENUM('new', 'fixed', 'not_fixed');
  CREATE TABLE "profile_corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"field" "enum_profile_corrections_field" NOT NULL,
  	"current_value" varchar,
  	"proposed_value" varchar NOT NULL,
  	"note" varchar,
  	"status" "enum_profile_corrections_status" DEFAULT 'new' NOT NULL,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "profile_corrections_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "profile_corrections_id" integer;
  ALTER TABLE "profile_corrections" ADD CONSTRAINT "profile_corrections_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "profile_corrections" ADD CONSTRAINT "profile_corrections_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "profile_corrections_rels" ADD CONSTRAINT "profile_corrections_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."profile_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profile_corrections_rels" ADD CONSTRAINT "profile_corrections_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "profile_corrections_member_idx" ON "profile_corrections" USING btree ("member_id");
  CREATE INDEX "profile_corrections_status_idx" ON "profile_corrections" USING btree ("status");
  CREATE INDEX "profile_corrections_org_idx" ON "profile_corrections" USING btree ("org_id");
  CREATE INDEX "profile_corrections_updated_at_idx" ON "profile_corrections" USING btree ("updated_at");
  CREATE INDEX "profile_corrections_created_at_idx" ON "profile_corrections" USING btree ("created_at");
  CREATE INDEX "profile_corrections_rels_order_idx" ON "profile_corrections_rels" USING btree ("order");
  CREATE INDEX "profile_corrections_rels_parent_idx" ON "profile_corrections_rels" USING btree ("parent_id");
  CREATE INDEX "profile_corrections_rels_path_idx" ON "profile_corrections_rels" USING btree ("path");
  CREATE INDEX "profile_corrections_rels_orgs_id_idx" ON "profile_corrections_rels" USING btree ("orgs_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_profile_corrections_fk" FOREIGN KEY ("profile_corrections_id") REFERENCES "public"."profile_corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_profile_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("profile_corrections_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "profile_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profile_corrections_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "profile_corrections" CASCADE;
  DROP TABLE "profile_corrections_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_profile_corrections_fk";
  
  DROP INDEX "payload_locked_documents_rels_profile_corrections_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "profile_corrections_id";
  DROP TYPE "public"."enum_profile_corrections_field";
  DROP TYPE "public"."enum_profile_corrections_status";`)
}
