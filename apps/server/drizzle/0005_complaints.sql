CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"update_id" uuid,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_identity_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_input_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"question" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"reminded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"into_complaint_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"previous_status" text NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	"undo_reason" text
);
--> statement-breakpoint
CREATE TABLE "complaint_recaps" (
	"agency_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"pdf_file_id" uuid NOT NULL,
	"xlsx_file_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_recaps_agency_id_week_start_pk" PRIMARY KEY("agency_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "complaint_reporters" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"institution" text,
	"address" text,
	"gender" text,
	"phone" text,
	"email" text,
	"handle" text,
	"contact_keys" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "complaint_updates_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"by_reporter" boolean DEFAULT false NOT NULL,
	"text" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"tracking_number" text NOT NULL,
	"pin_hash" text NOT NULL,
	"pin_failures" integer DEFAULT 0 NOT NULL,
	"pin_locked_until" timestamp with time zone,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"form" text NOT NULL,
	"type" text,
	"box_kind" text,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"company_name" text,
	"nib" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"language" text DEFAULT 'id' NOT NULL,
	"channel_details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"clock_start" timestamp with time zone,
	"first_response_due" timestamp with time zone,
	"answer_due" timestamp with time zone,
	"first_responded_at" timestamp with time zone,
	"first_response" text,
	"answered_at" timestamp with time zone,
	"answer" text,
	"answer_channel" text,
	"answer_document_id" uuid,
	"closed_at" timestamp with time zone,
	"case_id" uuid,
	"merged_into_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_identity_grants" ADD CONSTRAINT "complaint_identity_grants_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_input_requests" ADD CONSTRAINT "complaint_input_requests_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_reporters" ADD CONSTRAINT "complaint_reporters_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_updates" ADD CONSTRAINT "complaint_updates_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_attachments_complaint" ON "complaint_attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_identity_grants_user" ON "complaint_identity_grants" USING btree ("complaint_id","user_id");--> statement-breakpoint
CREATE INDEX "complaint_input_requests_unit" ON "complaint_input_requests" USING btree ("agency_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "complaint_input_requests_complaint" ON "complaint_input_requests" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_merges_complaint" ON "complaint_merges" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_reporters_contact" ON "complaint_reporters" USING gin ("contact_keys");--> statement-breakpoint
CREATE INDEX "complaint_updates_complaint" ON "complaint_updates" USING btree ("complaint_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_number" ON "complaints" USING btree ("tracking_number");--> statement-breakpoint
CREATE INDEX "complaints_agency_received" ON "complaints" USING btree ("agency_id","received_at");--> statement-breakpoint
CREATE INDEX "complaints_agency_status" ON "complaints" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "complaints_case" ON "complaints" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complaints_merged_into" ON "complaints" USING btree ("merged_into_id") WHERE "complaints"."merged_into_id" is not null;