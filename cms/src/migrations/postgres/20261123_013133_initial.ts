import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_category" AS ENUM('trung-uong', 'dia-phuong', 'co-so', 'trong-nuoc', 'quoc-te');
  CREATE TYPE "public"."enum_news_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('trung-uong', 'dia-phuong', 'co-so', 'trong-nuoc', 'quoc-te');
  CREATE TYPE "public"."enum__news_v_version_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('nghi-quyet', 'quy-dinh', 'chi-thi', 'ket-luan', 'thong-bao', 'de-an', 'ke-hoach', 'huong-dan', 'quy-che', 'cong-van');
  CREATE TYPE "public"."enum_documents_classification" AS ENUM('thuong', 'mat', 'toi-mat', 'tuyet-mat');
  CREATE TYPE "public"."enum_documents_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_type" AS ENUM('nghi-quyet', 'quy-dinh', 'chi-thi', 'ket-luan', 'thong-bao', 'de-an', 'ke-hoach', 'huong-dan', 'quy-che', 'cong-van');
  CREATE TYPE "public"."enum__documents_v_version_classification" AS ENUM('thuong', 'mat', 'toi-mat', 'tuyet-mat');
  CREATE TYPE "public"."enum__documents_v_version_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_study_topics_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_study_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__study_topics_v_version_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum__study_topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faq_category" AS ENUM('nghiep-vu', 'dang-phi', 'chuyen-sinh-hoat', 'sinh-hoat-chi-bo', 'ket-nap', 'quyen-nhiem-vu', 'ky-luat', 'khen-thuong', 'khac');
  CREATE TYPE "public"."enum_faq_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_faq_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faq_v_version_category" AS ENUM('nghiep-vu', 'dang-phi', 'chuyen-sinh-hoat', 'sinh-hoat-chi-bo', 'ket-nap', 'quyen-nhiem-vu', 'ky-luat', 'khen-thuong', 'khac');
  CREATE TYPE "public"."enum__faq_v_version_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum__faq_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('auto', 'pending', 'escalated', 'answered', 'closed');
  CREATE TYPE "public"."enum_questions_faq_category" AS ENUM('nghiep-vu', 'dang-phi', 'chuyen-sinh-hoat', 'sinh-hoat-chi-bo', 'ket-nap', 'quyen-nhiem-vu', 'ky-luat', 'khen-thuong', 'khac');
  CREATE TYPE "public"."enum_questions_faq_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_media_audience" AS ENUM('public', 'members', 'org');
  CREATE TYPE "public"."enum_orgs_kind" AS ENUM('tinh-uy', 'dang-bo-truc-thuoc', 'dang-uy-xa-phuong', 'dang-bo-co-so', 'chi-bo-co-so', 'chi-bo');
  CREATE TYPE "public"."enum_users_grants_role" AS ENUM('superadmin', 'editor', 'committee', 'secretary');
  CREATE TYPE "public"."enum_users_gender" AS ENUM('nam', 'nu');
  CREATE TYPE "public"."enum_users_status" AS ENUM('chinh-thuc', 'du-bi', 'mien-sinh-hoat', 'da-chuyen-di', 'tu-tran');
  CREATE TYPE "public"."enum_member_imports_status" AS ENUM('previewed', 'invalid', 'committing', 'done', 'failed');
  CREATE TYPE "public"."enum_notices_target_roles" AS ENUM('member', 'secretary', 'committee');
  CREATE TYPE "public"."enum_notices_priority" AS ENUM('normal', 'important', 'urgent');
  CREATE TYPE "public"."enum_notices_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');
  CREATE TYPE "public"."enum_devices_kind" AS ENUM('webpush', 'fcm');
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('webpush', 'fcm', 'email');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('claimed', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'schedulePublish');
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"cover_id" integer,
  	"category" "enum_news_category",
  	"source_name" varchar,
  	"source_url" varchar,
  	"published_at" timestamp(3) with time zone,
  	"audio_id" integer,
  	"audio_text_hash" varchar,
  	"audience" "enum_news_audience" DEFAULT 'public',
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_cover_id" integer,
  	"version_category" "enum__news_v_version_category",
  	"version_source_name" varchar,
  	"version_source_url" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_audio_id" integer,
  	"version_audio_text_hash" varchar,
  	"version_audience" "enum__news_v_version_audience" DEFAULT 'public',
  	"version_org_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number_symbol" varchar,
  	"type" "enum_documents_type",
  	"title" varchar,
  	"slug" varchar,
  	"issuing_body" varchar,
  	"issued_date" timestamp(3) with time zone,
  	"summary" varchar,
  	"pdf_id" integer,
  	"classification" "enum_documents_classification" DEFAULT 'thuong',
  	"extracted_text" varchar,
  	"audio_id" integer,
  	"audio_text_hash" varchar,
  	"audience" "enum_documents_audience" DEFAULT 'members',
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number_symbol" varchar,
  	"version_type" "enum__documents_v_version_type",
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_issuing_body" varchar,
  	"version_issued_date" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_pdf_id" integer,
  	"version_classification" "enum__documents_v_version_classification" DEFAULT 'thuong',
  	"version_extracted_text" varchar,
  	"version_audio_id" integer,
  	"version_audio_text_hash" varchar,
  	"version_audience" "enum__documents_v_version_audience" DEFAULT 'members',
  	"version_org_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "study_topics_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean
  );
  
  CREATE TABLE "study_topics_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar
  );
  
  CREATE TABLE "study_topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"month" numeric,
  	"year" numeric,
  	"summary" varchar,
  	"content" jsonb,
  	"audio_id" integer,
  	"audio_text_hash" varchar,
  	"audience" "enum_study_topics_audience" DEFAULT 'members',
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_study_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "study_topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "_study_topics_v_version_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_study_topics_v_version_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_study_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_month" numeric,
  	"version_year" numeric,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_audio_id" integer,
  	"version_audio_text_hash" varchar,
  	"version_audience" "enum__study_topics_v_version_audience" DEFAULT 'members',
  	"version_org_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__study_topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_study_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "faq_alternatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "faq" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"category" "enum_faq_category",
  	"audience" "enum_faq_audience" DEFAULT 'public',
  	"org_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faq_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faq_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "_faq_v_version_alternatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_faq_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" varchar,
  	"version_category" "enum__faq_v_version_category",
  	"version_audience" "enum__faq_v_version_audience" DEFAULT 'public',
  	"version_org_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faq_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_faq_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"status" "enum_questions_status" DEFAULT 'pending' NOT NULL,
  	"answer" varchar,
  	"auto_answer_faq_id" integer,
  	"auto_answer_score" numeric,
  	"not_helpful_at" timestamp(3) with time zone,
  	"asker_id" integer NOT NULL,
  	"assigned_org_id" integer,
  	"pending_since" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"answered_by_id" integer,
  	"answered_at" timestamp(3) with time zone,
  	"publish_to_faq" boolean,
  	"faq_category" "enum_questions_faq_category" DEFAULT 'khac',
  	"faq_audience" "enum_questions_faq_audience" DEFAULT 'members',
  	"faq_publish" boolean DEFAULT false,
  	"faq_entry_id" integer,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"audience" "enum_media_audience" DEFAULT 'public' NOT NULL,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "orgs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_orgs_kind" NOT NULL,
  	"parent_id" integer,
  	"path" varchar,
  	"depth" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "orgs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "users_grants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_users_grants_role" NOT NULL,
  	"org_id" integer NOT NULL
  );
  
  CREATE TABLE "users_card_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"reason" varchar,
  	"replaced_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"birth_date" timestamp(3) with time zone,
  	"gender" "enum_users_gender",
  	"admitted_at" timestamp(3) with time zone,
  	"official_at" timestamp(3) with time zone,
  	"status" "enum_users_status" DEFAULT 'chinh-thuc',
  	"phone" varchar,
  	"notification_settings_push" boolean DEFAULT true,
  	"notification_settings_email" boolean DEFAULT true,
  	"org_id" integer,
  	"activation_code" varchar,
  	"activated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar,
  	"username" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "member_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_member_imports_status" DEFAULT 'previewed' NOT NULL,
  	"total_rows" numeric DEFAULT 0,
  	"valid_rows" numeric DEFAULT 0,
  	"error_count" numeric DEFAULT 0,
  	"processed_rows" numeric DEFAULT 0,
  	"created" numeric DEFAULT 0,
  	"updated" numeric DEFAULT 0,
  	"errors" jsonb,
  	"failure" varchar,
  	"org_id" integer NOT NULL,
  	"imported_by_id" integer,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "member_imports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "notices_target_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_notices_target_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"target_org_id" integer NOT NULL,
  	"priority" "enum_notices_priority" DEFAULT 'normal' NOT NULL,
  	"send_at" timestamp(3) with time zone,
  	"channels_push" boolean DEFAULT true,
  	"channels_email" boolean DEFAULT false,
  	"status" "enum_notices_status" DEFAULT 'draft' NOT NULL,
  	"org_id" integer NOT NULL,
  	"recipient_total" numeric,
  	"delivered_count" numeric,
  	"last_recipient_id" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"failure" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "inbox" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"notice_id" integer NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"org_id" integer,
  	"branch_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"read" boolean DEFAULT false,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inbox_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "devices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_devices_kind" NOT NULL,
  	"endpoint" varchar NOT NULL,
  	"keys_p256dh" varchar,
  	"keys_auth" varchar,
  	"user_id" integer NOT NULL,
  	"user_agent" varchar,
  	"last_seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"notice" varchar NOT NULL,
  	"recipient" varchar NOT NULL,
  	"channel" "enum_deliveries_channel" NOT NULL,
  	"device" varchar,
  	"status" "enum_deliveries_status" DEFAULT 'claimed' NOT NULL,
  	"reason" varchar,
  	"attempts" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_id" integer,
  	"documents_id" integer,
  	"study_topics_id" integer,
  	"faq_id" integer,
  	"questions_id" integer,
  	"media_id" integer,
  	"orgs_id" integer,
  	"users_id" integer,
  	"member_imports_id" integer,
  	"notices_id" integer,
  	"inbox_id" varchar,
  	"devices_id" integer,
  	"deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_org_id_orgs_id_fk" FOREIGN KEY ("version_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_pdf_id_media_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_org_id_orgs_id_fk" FOREIGN KEY ("version_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "study_topics_quiz_options" ADD CONSTRAINT "study_topics_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."study_topics_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "study_topics_quiz" ADD CONSTRAINT "study_topics_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."study_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "study_topics" ADD CONSTRAINT "study_topics_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "study_topics" ADD CONSTRAINT "study_topics_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "study_topics_rels" ADD CONSTRAINT "study_topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."study_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "study_topics_rels" ADD CONSTRAINT "study_topics_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "study_topics_rels" ADD CONSTRAINT "study_topics_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_study_topics_v_version_quiz_options" ADD CONSTRAINT "_study_topics_v_version_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_study_topics_v_version_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_study_topics_v_version_quiz" ADD CONSTRAINT "_study_topics_v_version_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_study_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_study_topics_v" ADD CONSTRAINT "_study_topics_v_parent_id_study_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."study_topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_study_topics_v" ADD CONSTRAINT "_study_topics_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_study_topics_v" ADD CONSTRAINT "_study_topics_v_version_org_id_orgs_id_fk" FOREIGN KEY ("version_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_study_topics_v_rels" ADD CONSTRAINT "_study_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_study_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_study_topics_v_rels" ADD CONSTRAINT "_study_topics_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_study_topics_v_rels" ADD CONSTRAINT "_study_topics_v_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faq_alternatives" ADD CONSTRAINT "faq_alternatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faq" ADD CONSTRAINT "faq_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faq_rels" ADD CONSTRAINT "faq_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faq_rels" ADD CONSTRAINT "faq_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v_version_alternatives" ADD CONSTRAINT "_faq_v_version_alternatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faq_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v" ADD CONSTRAINT "_faq_v_parent_id_faq_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faq"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faq_v" ADD CONSTRAINT "_faq_v_version_org_id_orgs_id_fk" FOREIGN KEY ("version_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faq_v_rels" ADD CONSTRAINT "_faq_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faq_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v_rels" ADD CONSTRAINT "_faq_v_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_auto_answer_faq_id_faq_id_fk" FOREIGN KEY ("auto_answer_faq_id") REFERENCES "public"."faq"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_asker_id_users_id_fk" FOREIGN KEY ("asker_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_org_id_orgs_id_fk" FOREIGN KEY ("assigned_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_faq_entry_id_faq_id_fk" FOREIGN KEY ("faq_entry_id") REFERENCES "public"."faq"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs" ADD CONSTRAINT "orgs_parent_id_orgs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orgs_rels" ADD CONSTRAINT "orgs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs_rels" ADD CONSTRAINT "orgs_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_grants" ADD CONSTRAINT "users_grants_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_grants" ADD CONSTRAINT "users_grants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_card_history" ADD CONSTRAINT "users_card_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_imports_rels" ADD CONSTRAINT "member_imports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."member_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_imports_rels" ADD CONSTRAINT "member_imports_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_target_roles" ADD CONSTRAINT "notices_target_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_target_org_id_orgs_id_fk" FOREIGN KEY ("target_org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_branch_id_orgs_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox_rels" ADD CONSTRAINT "inbox_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inbox_rels" ADD CONSTRAINT "inbox_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_study_topics_fk" FOREIGN KEY ("study_topics_id") REFERENCES "public"."study_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faq_fk" FOREIGN KEY ("faq_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_imports_fk" FOREIGN KEY ("member_imports_id") REFERENCES "public"."member_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inbox_fk" FOREIGN KEY ("inbox_id") REFERENCES "public"."inbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_devices_fk" FOREIGN KEY ("devices_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_category_idx" ON "news" USING btree ("category");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_audio_idx" ON "news" USING btree ("audio_id");
  CREATE INDEX "news_audience_idx" ON "news" USING btree ("audience");
  CREATE INDEX "news_org_idx" ON "news" USING btree ("org_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_orgs_id_idx" ON "news_rels" USING btree ("orgs_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_category_idx" ON "_news_v" USING btree ("version_category");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_audio_idx" ON "_news_v" USING btree ("version_audio_id");
  CREATE INDEX "_news_v_version_version_audience_idx" ON "_news_v" USING btree ("version_audience");
  CREATE INDEX "_news_v_version_version_org_idx" ON "_news_v" USING btree ("version_org_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_orgs_id_idx" ON "_news_v_rels" USING btree ("orgs_id");
  CREATE INDEX "documents_number_symbol_idx" ON "documents" USING btree ("number_symbol");
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_issuing_body_idx" ON "documents" USING btree ("issuing_body");
  CREATE INDEX "documents_issued_date_idx" ON "documents" USING btree ("issued_date");
  CREATE INDEX "documents_pdf_idx" ON "documents" USING btree ("pdf_id");
  CREATE INDEX "documents_audio_idx" ON "documents" USING btree ("audio_id");
  CREATE INDEX "documents_audience_idx" ON "documents" USING btree ("audience");
  CREATE INDEX "documents_org_idx" ON "documents" USING btree ("org_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_orgs_id_idx" ON "documents_rels" USING btree ("orgs_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_number_symbol_idx" ON "_documents_v" USING btree ("version_number_symbol");
  CREATE INDEX "_documents_v_version_version_type_idx" ON "_documents_v" USING btree ("version_type");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_issuing_body_idx" ON "_documents_v" USING btree ("version_issuing_body");
  CREATE INDEX "_documents_v_version_version_issued_date_idx" ON "_documents_v" USING btree ("version_issued_date");
  CREATE INDEX "_documents_v_version_version_pdf_idx" ON "_documents_v" USING btree ("version_pdf_id");
  CREATE INDEX "_documents_v_version_version_audio_idx" ON "_documents_v" USING btree ("version_audio_id");
  CREATE INDEX "_documents_v_version_version_audience_idx" ON "_documents_v" USING btree ("version_audience");
  CREATE INDEX "_documents_v_version_version_org_idx" ON "_documents_v" USING btree ("version_org_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_orgs_id_idx" ON "_documents_v_rels" USING btree ("orgs_id");
  CREATE INDEX "study_topics_quiz_options_order_idx" ON "study_topics_quiz_options" USING btree ("_order");
  CREATE INDEX "study_topics_quiz_options_parent_id_idx" ON "study_topics_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "study_topics_quiz_order_idx" ON "study_topics_quiz" USING btree ("_order");
  CREATE INDEX "study_topics_quiz_parent_id_idx" ON "study_topics_quiz" USING btree ("_parent_id");
  CREATE INDEX "study_topics_slug_idx" ON "study_topics" USING btree ("slug");
  CREATE INDEX "study_topics_year_idx" ON "study_topics" USING btree ("year");
  CREATE INDEX "study_topics_audio_idx" ON "study_topics" USING btree ("audio_id");
  CREATE INDEX "study_topics_audience_idx" ON "study_topics" USING btree ("audience");
  CREATE INDEX "study_topics_org_idx" ON "study_topics" USING btree ("org_id");
  CREATE INDEX "study_topics_updated_at_idx" ON "study_topics" USING btree ("updated_at");
  CREATE INDEX "study_topics_created_at_idx" ON "study_topics" USING btree ("created_at");
  CREATE INDEX "study_topics__status_idx" ON "study_topics" USING btree ("_status");
  CREATE INDEX "study_topics_rels_order_idx" ON "study_topics_rels" USING btree ("order");
  CREATE INDEX "study_topics_rels_parent_idx" ON "study_topics_rels" USING btree ("parent_id");
  CREATE INDEX "study_topics_rels_path_idx" ON "study_topics_rels" USING btree ("path");
  CREATE INDEX "study_topics_rels_documents_id_idx" ON "study_topics_rels" USING btree ("documents_id");
  CREATE INDEX "study_topics_rels_orgs_id_idx" ON "study_topics_rels" USING btree ("orgs_id");
  CREATE INDEX "_study_topics_v_version_quiz_options_order_idx" ON "_study_topics_v_version_quiz_options" USING btree ("_order");
  CREATE INDEX "_study_topics_v_version_quiz_options_parent_id_idx" ON "_study_topics_v_version_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "_study_topics_v_version_quiz_order_idx" ON "_study_topics_v_version_quiz" USING btree ("_order");
  CREATE INDEX "_study_topics_v_version_quiz_parent_id_idx" ON "_study_topics_v_version_quiz" USING btree ("_parent_id");
  CREATE INDEX "_study_topics_v_parent_idx" ON "_study_topics_v" USING btree ("parent_id");
  CREATE INDEX "_study_topics_v_version_version_slug_idx" ON "_study_topics_v" USING btree ("version_slug");
  CREATE INDEX "_study_topics_v_version_version_year_idx" ON "_study_topics_v" USING btree ("version_year");
  CREATE INDEX "_study_topics_v_version_version_audio_idx" ON "_study_topics_v" USING btree ("version_audio_id");
  CREATE INDEX "_study_topics_v_version_version_audience_idx" ON "_study_topics_v" USING btree ("version_audience");
  CREATE INDEX "_study_topics_v_version_version_org_idx" ON "_study_topics_v" USING btree ("version_org_id");
  CREATE INDEX "_study_topics_v_version_version_updated_at_idx" ON "_study_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_study_topics_v_version_version_created_at_idx" ON "_study_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_study_topics_v_version_version__status_idx" ON "_study_topics_v" USING btree ("version__status");
  CREATE INDEX "_study_topics_v_created_at_idx" ON "_study_topics_v" USING btree ("created_at");
  CREATE INDEX "_study_topics_v_updated_at_idx" ON "_study_topics_v" USING btree ("updated_at");
  CREATE INDEX "_study_topics_v_latest_idx" ON "_study_topics_v" USING btree ("latest");
  CREATE INDEX "_study_topics_v_rels_order_idx" ON "_study_topics_v_rels" USING btree ("order");
  CREATE INDEX "_study_topics_v_rels_parent_idx" ON "_study_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_study_topics_v_rels_path_idx" ON "_study_topics_v_rels" USING btree ("path");
  CREATE INDEX "_study_topics_v_rels_documents_id_idx" ON "_study_topics_v_rels" USING btree ("documents_id");
  CREATE INDEX "_study_topics_v_rels_orgs_id_idx" ON "_study_topics_v_rels" USING btree ("orgs_id");
  CREATE INDEX "faq_alternatives_order_idx" ON "faq_alternatives" USING btree ("_order");
  CREATE INDEX "faq_alternatives_parent_id_idx" ON "faq_alternatives" USING btree ("_parent_id");
  CREATE INDEX "faq_category_idx" ON "faq" USING btree ("category");
  CREATE INDEX "faq_audience_idx" ON "faq" USING btree ("audience");
  CREATE INDEX "faq_org_idx" ON "faq" USING btree ("org_id");
  CREATE INDEX "faq_updated_at_idx" ON "faq" USING btree ("updated_at");
  CREATE INDEX "faq_created_at_idx" ON "faq" USING btree ("created_at");
  CREATE INDEX "faq__status_idx" ON "faq" USING btree ("_status");
  CREATE INDEX "faq_rels_order_idx" ON "faq_rels" USING btree ("order");
  CREATE INDEX "faq_rels_parent_idx" ON "faq_rels" USING btree ("parent_id");
  CREATE INDEX "faq_rels_path_idx" ON "faq_rels" USING btree ("path");
  CREATE INDEX "faq_rels_orgs_id_idx" ON "faq_rels" USING btree ("orgs_id");
  CREATE INDEX "_faq_v_version_alternatives_order_idx" ON "_faq_v_version_alternatives" USING btree ("_order");
  CREATE INDEX "_faq_v_version_alternatives_parent_id_idx" ON "_faq_v_version_alternatives" USING btree ("_parent_id");
  CREATE INDEX "_faq_v_parent_idx" ON "_faq_v" USING btree ("parent_id");
  CREATE INDEX "_faq_v_version_version_category_idx" ON "_faq_v" USING btree ("version_category");
  CREATE INDEX "_faq_v_version_version_audience_idx" ON "_faq_v" USING btree ("version_audience");
  CREATE INDEX "_faq_v_version_version_org_idx" ON "_faq_v" USING btree ("version_org_id");
  CREATE INDEX "_faq_v_version_version_updated_at_idx" ON "_faq_v" USING btree ("version_updated_at");
  CREATE INDEX "_faq_v_version_version_created_at_idx" ON "_faq_v" USING btree ("version_created_at");
  CREATE INDEX "_faq_v_version_version__status_idx" ON "_faq_v" USING btree ("version__status");
  CREATE INDEX "_faq_v_created_at_idx" ON "_faq_v" USING btree ("created_at");
  CREATE INDEX "_faq_v_updated_at_idx" ON "_faq_v" USING btree ("updated_at");
  CREATE INDEX "_faq_v_latest_idx" ON "_faq_v" USING btree ("latest");
  CREATE INDEX "_faq_v_rels_order_idx" ON "_faq_v_rels" USING btree ("order");
  CREATE INDEX "_faq_v_rels_parent_idx" ON "_faq_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faq_v_rels_path_idx" ON "_faq_v_rels" USING btree ("path");
  CREATE INDEX "_faq_v_rels_orgs_id_idx" ON "_faq_v_rels" USING btree ("orgs_id");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_auto_answer_auto_answer_faq_idx" ON "questions" USING btree ("auto_answer_faq_id");
  CREATE INDEX "questions_asker_idx" ON "questions" USING btree ("asker_id");
  CREATE INDEX "questions_assigned_org_idx" ON "questions" USING btree ("assigned_org_id");
  CREATE INDEX "questions_pending_since_idx" ON "questions" USING btree ("pending_since");
  CREATE INDEX "questions_answered_by_idx" ON "questions" USING btree ("answered_by_id");
  CREATE INDEX "questions_faq_entry_idx" ON "questions" USING btree ("faq_entry_id");
  CREATE INDEX "questions_org_idx" ON "questions" USING btree ("org_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_orgs_id_idx" ON "questions_rels" USING btree ("orgs_id");
  CREATE INDEX "media_audience_idx" ON "media" USING btree ("audience");
  CREATE INDEX "media_org_idx" ON "media" USING btree ("org_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_orgs_id_idx" ON "media_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "orgs_code_idx" ON "orgs" USING btree ("code");
  CREATE INDEX "orgs_parent_idx" ON "orgs" USING btree ("parent_id");
  CREATE INDEX "orgs_path_idx" ON "orgs" USING btree ("path");
  CREATE INDEX "orgs_updated_at_idx" ON "orgs" USING btree ("updated_at");
  CREATE INDEX "orgs_created_at_idx" ON "orgs" USING btree ("created_at");
  CREATE INDEX "orgs_rels_order_idx" ON "orgs_rels" USING btree ("order");
  CREATE INDEX "orgs_rels_parent_idx" ON "orgs_rels" USING btree ("parent_id");
  CREATE INDEX "orgs_rels_path_idx" ON "orgs_rels" USING btree ("path");
  CREATE INDEX "orgs_rels_orgs_id_idx" ON "orgs_rels" USING btree ("orgs_id");
  CREATE INDEX "users_grants_order_idx" ON "users_grants" USING btree ("_order");
  CREATE INDEX "users_grants_parent_id_idx" ON "users_grants" USING btree ("_parent_id");
  CREATE INDEX "users_grants_org_idx" ON "users_grants" USING btree ("org_id");
  CREATE INDEX "users_card_history_order_idx" ON "users_card_history" USING btree ("_order");
  CREATE INDEX "users_card_history_parent_id_idx" ON "users_card_history" USING btree ("_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_org_idx" ON "users" USING btree ("org_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_orgs_id_idx" ON "users_rels" USING btree ("orgs_id");
  CREATE INDEX "member_imports_org_idx" ON "member_imports" USING btree ("org_id");
  CREATE INDEX "member_imports_imported_by_idx" ON "member_imports" USING btree ("imported_by_id");
  CREATE INDEX "member_imports_updated_at_idx" ON "member_imports" USING btree ("updated_at");
  CREATE INDEX "member_imports_created_at_idx" ON "member_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_imports_filename_idx" ON "member_imports" USING btree ("filename");
  CREATE INDEX "member_imports_rels_order_idx" ON "member_imports_rels" USING btree ("order");
  CREATE INDEX "member_imports_rels_parent_idx" ON "member_imports_rels" USING btree ("parent_id");
  CREATE INDEX "member_imports_rels_path_idx" ON "member_imports_rels" USING btree ("path");
  CREATE INDEX "member_imports_rels_orgs_id_idx" ON "member_imports_rels" USING btree ("orgs_id");
  CREATE INDEX "notices_target_roles_order_idx" ON "notices_target_roles" USING btree ("order");
  CREATE INDEX "notices_target_roles_parent_idx" ON "notices_target_roles" USING btree ("parent_id");
  CREATE INDEX "notices_target_org_idx" ON "notices" USING btree ("target_org_id");
  CREATE INDEX "notices_send_at_idx" ON "notices" USING btree ("send_at");
  CREATE INDEX "notices_status_idx" ON "notices" USING btree ("status");
  CREATE INDEX "notices_org_idx" ON "notices" USING btree ("org_id");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  CREATE INDEX "notices_rels_order_idx" ON "notices_rels" USING btree ("order");
  CREATE INDEX "notices_rels_parent_idx" ON "notices_rels" USING btree ("parent_id");
  CREATE INDEX "notices_rels_path_idx" ON "notices_rels" USING btree ("path");
  CREATE INDEX "notices_rels_users_id_idx" ON "notices_rels" USING btree ("users_id");
  CREATE INDEX "notices_rels_media_id_idx" ON "notices_rels" USING btree ("media_id");
  CREATE INDEX "notices_rels_orgs_id_idx" ON "notices_rels" USING btree ("orgs_id");
  CREATE INDEX "inbox_notice_idx" ON "inbox" USING btree ("notice_id");
  CREATE INDEX "inbox_recipient_idx" ON "inbox" USING btree ("recipient_id");
  CREATE INDEX "inbox_org_idx" ON "inbox" USING btree ("org_id");
  CREATE INDEX "inbox_branch_idx" ON "inbox" USING btree ("branch_id");
  CREATE INDEX "inbox_sent_at_idx" ON "inbox" USING btree ("sent_at");
  CREATE INDEX "inbox_read_idx" ON "inbox" USING btree ("read");
  CREATE INDEX "inbox_updated_at_idx" ON "inbox" USING btree ("updated_at");
  CREATE INDEX "inbox_created_at_idx" ON "inbox" USING btree ("created_at");
  CREATE INDEX "recipient_read_sentAt_idx" ON "inbox" USING btree ("recipient_id","read","sent_at");
  CREATE INDEX "notice_read_idx" ON "inbox" USING btree ("notice_id","read");
  CREATE INDEX "notice_branch_idx" ON "inbox" USING btree ("notice_id","branch_id");
  CREATE INDEX "inbox_rels_order_idx" ON "inbox_rels" USING btree ("order");
  CREATE INDEX "inbox_rels_parent_idx" ON "inbox_rels" USING btree ("parent_id");
  CREATE INDEX "inbox_rels_path_idx" ON "inbox_rels" USING btree ("path");
  CREATE INDEX "inbox_rels_orgs_id_idx" ON "inbox_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "devices_endpoint_idx" ON "devices" USING btree ("endpoint");
  CREATE INDEX "devices_user_idx" ON "devices" USING btree ("user_id");
  CREATE INDEX "devices_last_seen_at_idx" ON "devices" USING btree ("last_seen_at");
  CREATE INDEX "devices_updated_at_idx" ON "devices" USING btree ("updated_at");
  CREATE INDEX "devices_created_at_idx" ON "devices" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_key_idx" ON "deliveries" USING btree ("key");
  CREATE INDEX "deliveries_notice_idx" ON "deliveries" USING btree ("notice");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_study_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("study_topics_id");
  CREATE INDEX "payload_locked_documents_rels_faq_id_idx" ON "payload_locked_documents_rels" USING btree ("faq_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_orgs_id_idx" ON "payload_locked_documents_rels" USING btree ("orgs_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_member_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("member_imports_id");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");
  CREATE INDEX "payload_locked_documents_rels_inbox_id_idx" ON "payload_locked_documents_rels" USING btree ("inbox_id");
  CREATE INDEX "payload_locked_documents_rels_devices_id_idx" ON "payload_locked_documents_rels" USING btree ("devices_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "news" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "study_topics_quiz_options" CASCADE;
  DROP TABLE "study_topics_quiz" CASCADE;
  DROP TABLE "study_topics" CASCADE;
  DROP TABLE "study_topics_rels" CASCADE;
  DROP TABLE "_study_topics_v_version_quiz_options" CASCADE;
  DROP TABLE "_study_topics_v_version_quiz" CASCADE;
  DROP TABLE "_study_topics_v" CASCADE;
  DROP TABLE "_study_topics_v_rels" CASCADE;
  DROP TABLE "faq_alternatives" CASCADE;
  DROP TABLE "faq" CASCADE;
  DROP TABLE "faq_rels" CASCADE;
  DROP TABLE "_faq_v_version_alternatives" CASCADE;
  DROP TABLE "_faq_v" CASCADE;
  DROP TABLE "_faq_v_rels" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  DROP TABLE "orgs" CASCADE;
  DROP TABLE "orgs_rels" CASCADE;
  DROP TABLE "users_grants" CASCADE;
  DROP TABLE "users_card_history" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "member_imports" CASCADE;
  DROP TABLE "member_imports_rels" CASCADE;
  DROP TABLE "notices_target_roles" CASCADE;
  DROP TABLE "notices" CASCADE;
  DROP TABLE "notices_rels" CASCADE;
  DROP TABLE "inbox" CASCADE;
  DROP TABLE "inbox_rels" CASCADE;
  DROP TABLE "devices" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_audience";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_audience";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_classification";
  DROP TYPE "public"."enum_documents_audience";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_type";
  DROP TYPE "public"."enum__documents_v_version_classification";
  DROP TYPE "public"."enum__documents_v_version_audience";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_study_topics_audience";
  DROP TYPE "public"."enum_study_topics_status";
  DROP TYPE "public"."enum__study_topics_v_version_audience";
  DROP TYPE "public"."enum__study_topics_v_version_status";
  DROP TYPE "public"."enum_faq_category";
  DROP TYPE "public"."enum_faq_audience";
  DROP TYPE "public"."enum_faq_status";
  DROP TYPE "public"."enum__faq_v_version_category";
  DROP TYPE "public"."enum__faq_v_version_audience";
  DROP TYPE "public"."enum__faq_v_version_status";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum_questions_faq_category";
  DROP TYPE "public"."enum_questions_faq_audience";
  DROP TYPE "public"."enum_media_audience";
  DROP TYPE "public"."enum_orgs_kind";
  DROP TYPE "public"."enum_users_grants_role";
  DROP TYPE "public"."enum_users_gender";
  DROP TYPE "public"."enum_users_status";
  DROP TYPE "public"."enum_member_imports_status";
  DROP TYPE "public"."enum_notices_target_roles";
  DROP TYPE "public"."enum_notices_priority";
  DROP TYPE "public"."enum_notices_status";
  DROP TYPE "public"."enum_devices_kind";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
