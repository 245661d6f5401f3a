CREATE TABLE "service_request_email_files" (
	"email_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "service_request_email_files_email_id_file_id_pk" PRIMARY KEY("email_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "service_request_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"mailbox" text NOT NULL,
	"from_address" text NOT NULL,
	"from_name" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"refused_attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"request_id" uuid,
	"dismiss_reason" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_request_email_files" ADD CONSTRAINT "service_request_email_files_email_id_service_request_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."service_request_emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_email_files" ADD CONSTRAINT "service_request_email_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_emails" ADD CONSTRAINT "service_request_emails_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_emails" ADD CONSTRAINT "service_request_emails_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_request_emails_message" ON "service_request_emails" USING btree ("agency_id","message_id");--> statement-breakpoint
CREATE INDEX "service_request_emails_agency_status" ON "service_request_emails" USING btree ("agency_id","status","received_at");