CREATE TABLE "control_guidance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"title" text NOT NULL,
	"topic" text,
	"request_letter_number" text,
	"request_letter_date" date,
	"inspection_id" uuid,
	"held_on" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text,
	"online_link" text,
	"minutes" text,
	"minutes_at" timestamp with time zone,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_guidance_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guidance_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"email" text,
	"invited_at" timestamp with time zone,
	"attended" boolean,
	"attendee_name" text,
	"survey_token" text NOT NULL,
	"survey_score" integer,
	"survey_comment" text,
	"survey_answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "control_guidance" ADD CONSTRAINT "control_guidance_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_guidance" ADD CONSTRAINT "control_guidance_inspection_id_control_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."control_inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_guidance" ADD CONSTRAINT "control_guidance_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_guidance" ADD CONSTRAINT "control_guidance_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_guidance_participants" ADD CONSTRAINT "control_guidance_participants_guidance_id_control_guidance_id_fk" FOREIGN KEY ("guidance_id") REFERENCES "public"."control_guidance"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_guidance_participants" ADD CONSTRAINT "control_guidance_participants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "control_guidance_agency" ON "control_guidance" USING btree ("agency_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "control_guidance_participants_company" ON "control_guidance_participants" USING btree ("guidance_id","company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "control_guidance_participants_token" ON "control_guidance_participants" USING btree ("survey_token");--> statement-breakpoint
CREATE INDEX "control_guidance_participants_by_company" ON "control_guidance_participants" USING btree ("company_id");