import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`cover_id\` integer,
  	\`category\` text,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`published_at\` text,
  	\`audio_id\` integer,
  	\`audio_text_hash\` text,
  	\`audience\` text DEFAULT 'public',
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_audio_idx\` ON \`news\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`news_audience_idx\` ON \`news\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`news_org_idx\` ON \`news\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_orgs_id_idx\` ON \`news_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_cover_id\` integer,
  	\`version_category\` text,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_published_at\` text,
  	\`version_audio_id\` integer,
  	\`version_audio_text_hash\` text,
  	\`version_audience\` text DEFAULT 'public',
  	\`version_org_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_audio_idx\` ON \`_news_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_audience_idx\` ON \`_news_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_org_idx\` ON \`_news_v\` (\`version_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_orgs_id_idx\` ON \`_news_v_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number_symbol\` text,
  	\`type\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`issuing_body\` text,
  	\`issued_date\` text,
  	\`summary\` text,
  	\`pdf_id\` integer,
  	\`classification\` text DEFAULT 'thuong',
  	\`extracted_text\` text,
  	\`audio_id\` integer,
  	\`audio_text_hash\` text,
  	\`audience\` text DEFAULT 'members',
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_number_symbol_idx\` ON \`documents\` (\`number_symbol\`);`)
  await db.run(sql`CREATE INDEX \`documents_type_idx\` ON \`documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_issuing_body_idx\` ON \`documents\` (\`issuing_body\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_date_idx\` ON \`documents\` (\`issued_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_pdf_idx\` ON \`documents\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_audio_idx\` ON \`documents\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_audience_idx\` ON \`documents\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`documents_org_idx\` ON \`documents\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_orgs_id_idx\` ON \`documents_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number_symbol\` text,
  	\`version_type\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_issuing_body\` text,
  	\`version_issued_date\` text,
  	\`version_summary\` text,
  	\`version_pdf_id\` integer,
  	\`version_classification\` text DEFAULT 'thuong',
  	\`version_extracted_text\` text,
  	\`version_audio_id\` integer,
  	\`version_audio_text_hash\` text,
  	\`version_audience\` text DEFAULT 'members',
  	\`version_org_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_symbol_idx\` ON \`_documents_v\` (\`version_number_symbol\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_type_idx\` ON \`_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issuing_body_idx\` ON \`_documents_v\` (\`version_issuing_body\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issued_date_idx\` ON \`_documents_v\` (\`version_issued_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_pdf_idx\` ON \`_documents_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_audio_idx\` ON \`_documents_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_audience_idx\` ON \`_documents_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_org_idx\` ON \`_documents_v\` (\`version_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_orgs_id_idx\` ON \`_documents_v_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`study_topics_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`correct\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`study_topics_quiz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`study_topics_quiz_options_order_idx\` ON \`study_topics_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_quiz_options_parent_id_idx\` ON \`study_topics_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`study_topics_quiz\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`study_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`study_topics_quiz_order_idx\` ON \`study_topics_quiz\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_quiz_parent_id_idx\` ON \`study_topics_quiz\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`study_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`month\` numeric,
  	\`year\` numeric,
  	\`summary\` text,
  	\`content\` text,
  	\`audio_id\` integer,
  	\`audio_text_hash\` text,
  	\`audience\` text DEFAULT 'members',
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`study_topics_slug_idx\` ON \`study_topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_year_idx\` ON \`study_topics\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_audio_idx\` ON \`study_topics\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_audience_idx\` ON \`study_topics\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_org_idx\` ON \`study_topics\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_updated_at_idx\` ON \`study_topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_created_at_idx\` ON \`study_topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`study_topics__status_idx\` ON \`study_topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`study_topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`study_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`study_topics_rels_order_idx\` ON \`study_topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_rels_parent_idx\` ON \`study_topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_rels_path_idx\` ON \`study_topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_rels_documents_id_idx\` ON \`study_topics_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`study_topics_rels_orgs_id_idx\` ON \`study_topics_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`_study_topics_v_version_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`correct\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_study_topics_v_version_quiz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_quiz_options_order_idx\` ON \`_study_topics_v_version_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_quiz_options_parent_id_idx\` ON \`_study_topics_v_version_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_study_topics_v_version_quiz\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_study_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_quiz_order_idx\` ON \`_study_topics_v_version_quiz\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_quiz_parent_id_idx\` ON \`_study_topics_v_version_quiz\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_study_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_month\` numeric,
  	\`version_year\` numeric,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_audio_id\` integer,
  	\`version_audio_text_hash\` text,
  	\`version_audience\` text DEFAULT 'members',
  	\`version_org_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`study_topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_study_topics_v_parent_idx\` ON \`_study_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_slug_idx\` ON \`_study_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_year_idx\` ON \`_study_topics_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_audio_idx\` ON \`_study_topics_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_audience_idx\` ON \`_study_topics_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_org_idx\` ON \`_study_topics_v\` (\`version_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_updated_at_idx\` ON \`_study_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version_created_at_idx\` ON \`_study_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_version_version__status_idx\` ON \`_study_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_created_at_idx\` ON \`_study_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_updated_at_idx\` ON \`_study_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_latest_idx\` ON \`_study_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_study_topics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_study_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_study_topics_v_rels_order_idx\` ON \`_study_topics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_rels_parent_idx\` ON \`_study_topics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_rels_path_idx\` ON \`_study_topics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_rels_documents_id_idx\` ON \`_study_topics_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_study_topics_v_rels_orgs_id_idx\` ON \`_study_topics_v_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`faq_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_alternatives_order_idx\` ON \`faq_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`faq_alternatives_parent_id_idx\` ON \`faq_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faq\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`category\` text,
  	\`audience\` text DEFAULT 'public',
  	\`org_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_category_idx\` ON \`faq\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`faq_audience_idx\` ON \`faq\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`faq_org_idx\` ON \`faq\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_updated_at_idx\` ON \`faq\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_created_at_idx\` ON \`faq\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faq__status_idx\` ON \`faq\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`faq_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_rels_order_idx\` ON \`faq_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_parent_idx\` ON \`faq_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_path_idx\` ON \`faq_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_orgs_id_idx\` ON \`faq_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_version_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_version_alternatives_order_idx\` ON \`_faq_v_version_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_alternatives_parent_id_idx\` ON \`_faq_v_version_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_category\` text,
  	\`version_audience\` text DEFAULT 'public',
  	\`version_org_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_parent_idx\` ON \`_faq_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_category_idx\` ON \`_faq_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_audience_idx\` ON \`_faq_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_org_idx\` ON \`_faq_v\` (\`version_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_updated_at_idx\` ON \`_faq_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_created_at_idx\` ON \`_faq_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version__status_idx\` ON \`_faq_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_created_at_idx\` ON \`_faq_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_updated_at_idx\` ON \`_faq_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_latest_idx\` ON \`_faq_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_order_idx\` ON \`_faq_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_parent_idx\` ON \`_faq_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_path_idx\` ON \`_faq_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_orgs_id_idx\` ON \`_faq_v_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`answer\` text,
  	\`auto_answer_faq_id\` integer,
  	\`auto_answer_score\` numeric,
  	\`not_helpful_at\` text,
  	\`asker_id\` integer NOT NULL,
  	\`assigned_org_id\` integer,
  	\`pending_since\` text,
  	\`escalated_at\` text,
  	\`answered_by_id\` integer,
  	\`answered_at\` text,
  	\`publish_to_faq\` integer,
  	\`faq_category\` text DEFAULT 'khac',
  	\`faq_audience\` text DEFAULT 'members',
  	\`faq_publish\` integer DEFAULT false,
  	\`faq_entry_id\` integer,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`auto_answer_faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`asker_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`faq_entry_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_auto_answer_auto_answer_faq_idx\` ON \`questions\` (\`auto_answer_faq_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_asker_idx\` ON \`questions\` (\`asker_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_org_idx\` ON \`questions\` (\`assigned_org_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_pending_since_idx\` ON \`questions\` (\`pending_since\`);`)
  await db.run(sql`CREATE INDEX \`questions_answered_by_idx\` ON \`questions\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_faq_entry_idx\` ON \`questions\` (\`faq_entry_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_org_idx\` ON \`questions\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_orgs_id_idx\` ON \`questions_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`audience\` text DEFAULT 'public' NOT NULL,
  	\`org_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_audience_idx\` ON \`media\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`media_org_idx\` ON \`media\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_orgs_id_idx\` ON \`media_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`orgs\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`orgs_code_idx\` ON \`orgs\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`orgs_parent_idx\` ON \`orgs\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`orgs_path_idx\` ON \`orgs\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`orgs_updated_at_idx\` ON \`orgs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`orgs_created_at_idx\` ON \`orgs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`orgs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`orgs_rels_order_idx\` ON \`orgs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`orgs_rels_parent_idx\` ON \`orgs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`orgs_rels_path_idx\` ON \`orgs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`orgs_rels_orgs_id_idx\` ON \`orgs_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`users_grants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text NOT NULL,
  	\`org_id\` integer NOT NULL,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_grants_order_idx\` ON \`users_grants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_grants_parent_id_idx\` ON \`users_grants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_grants_org_idx\` ON \`users_grants\` (\`org_id\`);`)
  await db.run(sql`CREATE TABLE \`users_card_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`reason\` text,
  	\`replaced_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_card_history_order_idx\` ON \`users_card_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_card_history_parent_id_idx\` ON \`users_card_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`birth_date\` text,
  	\`gender\` text,
  	\`admitted_at\` text,
  	\`official_at\` text,
  	\`status\` text DEFAULT 'chinh-thuc',
  	\`phone\` text,
  	\`notification_settings_push\` integer DEFAULT true,
  	\`notification_settings_email\` integer DEFAULT true,
  	\`org_id\` integer,
  	\`activation_code\` text,
  	\`activated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text,
  	\`username\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_org_idx\` ON \`users\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_username_idx\` ON \`users\` (\`username\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_orgs_id_idx\` ON \`users_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`member_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'previewed' NOT NULL,
  	\`total_rows\` numeric DEFAULT 0,
  	\`valid_rows\` numeric DEFAULT 0,
  	\`error_count\` numeric DEFAULT 0,
  	\`processed_rows\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`updated\` numeric DEFAULT 0,
  	\`errors\` text,
  	\`failure\` text,
  	\`org_id\` integer NOT NULL,
  	\`imported_by_id\` integer,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`member_imports_org_idx\` ON \`member_imports\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_imported_by_idx\` ON \`member_imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_updated_at_idx\` ON \`member_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_created_at_idx\` ON \`member_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`member_imports_filename_idx\` ON \`member_imports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`member_imports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`member_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`member_imports_rels_order_idx\` ON \`member_imports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_rels_parent_idx\` ON \`member_imports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_rels_path_idx\` ON \`member_imports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`member_imports_rels_orgs_id_idx\` ON \`member_imports_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`notices_target_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_target_roles_order_idx\` ON \`notices_target_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_target_roles_parent_idx\` ON \`notices_target_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`target_org_id\` integer NOT NULL,
  	\`priority\` text DEFAULT 'normal' NOT NULL,
  	\`send_at\` text,
  	\`channels_push\` integer DEFAULT true,
  	\`channels_email\` integer DEFAULT false,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`org_id\` integer NOT NULL,
  	\`recipient_total\` numeric,
  	\`delivered_count\` numeric,
  	\`last_recipient_id\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`failure\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`target_org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_target_org_idx\` ON \`notices\` (\`target_org_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_send_at_idx\` ON \`notices\` (\`send_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_status_idx\` ON \`notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notices_org_idx\` ON \`notices\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_rels_order_idx\` ON \`notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_parent_idx\` ON \`notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_path_idx\` ON \`notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_users_id_idx\` ON \`notices_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_media_id_idx\` ON \`notices_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_orgs_id_idx\` ON \`notices_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`inbox\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`org_id\` integer,
  	\`branch_id\` integer,
  	\`sent_at\` text,
  	\`read\` integer DEFAULT false,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inbox_notice_idx\` ON \`inbox\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_recipient_idx\` ON \`inbox\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_org_idx\` ON \`inbox\` (\`org_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_branch_idx\` ON \`inbox\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_sent_at_idx\` ON \`inbox\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`inbox_read_idx\` ON \`inbox\` (\`read\`);`)
  await db.run(sql`CREATE INDEX \`inbox_updated_at_idx\` ON \`inbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inbox_created_at_idx\` ON \`inbox\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recipient_read_sentAt_idx\` ON \`inbox\` (\`recipient_id\`,\`read\`,\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notice_read_idx\` ON \`inbox\` (\`notice_id\`,\`read\`);`)
  await db.run(sql`CREATE INDEX \`notice_branch_idx\` ON \`inbox\` (\`notice_id\`,\`branch_id\`);`)
  await db.run(sql`CREATE TABLE \`inbox_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`orgs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orgs_id\`) REFERENCES \`orgs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inbox_rels_order_idx\` ON \`inbox_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inbox_rels_parent_idx\` ON \`inbox_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_rels_path_idx\` ON \`inbox_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inbox_rels_orgs_id_idx\` ON \`inbox_rels\` (\`orgs_id\`);`)
  await db.run(sql`CREATE TABLE \`devices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`endpoint\` text NOT NULL,
  	\`keys_p256dh\` text,
  	\`keys_auth\` text,
  	\`user_id\` integer NOT NULL,
  	\`user_agent\` text,
  	\`last_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`devices_endpoint_idx\` ON \`devices\` (\`endpoint\`);`)
  await db.run(sql`CREATE INDEX \`devices_user_idx\` ON \`devices\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`devices_last_seen_at_idx\` ON \`devices\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`devices_updated_at_idx\` ON \`devices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`devices_created_at_idx\` ON \`devices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`notice\` text NOT NULL,
  	\`recipient\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`device\` text,
  	\`status\` text DEFAULT 'claimed' NOT NULL,
  	\`reason\` text,
  	\`attempts\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_notice_idx\` ON \`deliveries\` (\`notice\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`member_imports_id\`) REFERENCES \`member_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`devices_id\`) REFERENCES \`devices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`member_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_devices_id_idx\` ON \`payload_locked_documents_rels\` (\`devices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`study_topics_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`study_topics_quiz\`;`)
  await db.run(sql`DROP TABLE \`study_topics\`;`)
  await db.run(sql`DROP TABLE \`study_topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_study_topics_v_version_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`_study_topics_v_version_quiz\`;`)
  await db.run(sql`DROP TABLE \`_study_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_study_topics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faq_alternatives\`;`)
  await db.run(sql`DROP TABLE \`faq\`;`)
  await db.run(sql`DROP TABLE \`faq_rels\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_version_alternatives\`;`)
  await db.run(sql`DROP TABLE \`_faq_v\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_rels\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`orgs\`;`)
  await db.run(sql`DROP TABLE \`orgs_rels\`;`)
  await db.run(sql`DROP TABLE \`users_grants\`;`)
  await db.run(sql`DROP TABLE \`users_card_history\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`member_imports\`;`)
  await db.run(sql`DROP TABLE \`member_imports_rels\`;`)
  await db.run(sql`DROP TABLE \`notices_target_roles\`;`)
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`DROP TABLE \`notices_rels\`;`)
  await db.run(sql`DROP TABLE \`inbox\`;`)
  await db.run(sql`DROP TABLE \`inbox_rels\`;`)
  await db.run(sql`DROP TABLE \`devices\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
