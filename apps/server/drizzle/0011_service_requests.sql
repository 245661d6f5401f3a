CREATE TABLE "service_request_files" (
	"request_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_request_files_request_id_file_id_pk" PRIMARY KEY("request_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "service_request_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"date" date NOT NULL,
	"reason" text,
	"by_user_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"service" text NOT NULL,
	"number" text NOT NULL,
	"tracking_code" text NOT NULL,
	"pin_hash" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"priority" text,
	"addressee" text,
	"applicant_name" text,
	"applicant_identity" text,
	"applicant_email" text,
	"contact_phone" text,
	"company_name" text,
	"nib" text,
	"language" text DEFAULT 'id' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"missing_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposed_date" date,
	"agreed_date" date,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"reply" jsonb,
	"result" jsonb,
	"incoming_letter_id" uuid,
	"case_id" uuid,
	"registered_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_request_files" ADD CONSTRAINT "service_request_files_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_files" ADD CONSTRAINT "service_request_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_schedules" ADD CONSTRAINT "service_request_schedules_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_request_schedules_request" ON "service_request_schedules" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_number" ON "service_requests" USING btree ("agency_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_tracking_code" ON "service_requests" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "service_requests_agency_received" ON "service_requests" USING btree ("agency_id","received_at");--> statement-breakpoint
CREATE INDEX "service_requests_case" ON "service_requests" USING btree ("case_id");