CREATE TABLE "case_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"subject" text NOT NULL,
	"definition_key" text NOT NULL,
	"definition_version" integer NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paused" boolean DEFAULT false NOT NULL,
	"state" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "counters_agency_id_name_year_pk" PRIMARY KEY("agency_id","name","year")
);
--> statement-breakpoint
CREATE TABLE "sop_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"origin" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"case_id" uuid NOT NULL,
	"task_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"status" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"assignee_user_id" uuid,
	"ready_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"remind_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by_user_id" uuid,
	"iteration" integer DEFAULT 0 NOT NULL,
	"reminded_75_at" timestamp with time zone,
	"reminded_100_at" timestamp with time zone,
	"escalated_to_user_id" uuid,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "tasks_case_id_task_id_pk" PRIMARY KEY("case_id","task_id")
);
--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_definitions" ADD CONSTRAINT "sop_definitions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_comments_case" ON "case_comments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_number" ON "cases" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "cases_agency_status_started" ON "cases" USING btree ("agency_id","status","started_at");--> statement-breakpoint
CREATE INDEX "cases_definition" ON "cases" USING btree ("agency_id","definition_key");--> statement-breakpoint
CREATE UNIQUE INDEX "sop_definitions_key_version" ON "sop_definitions" USING btree (coalesce("agency_id", '00000000-0000-0000-0000-000000000000'::uuid),"key","version");--> statement-breakpoint
CREATE INDEX "tasks_inbox_assignee" ON "tasks" USING btree ("agency_id","status","assignee_user_id","due_at");--> statement-breakpoint
CREATE INDEX "tasks_inbox_unit" ON "tasks" USING btree ("agency_id","status","unit_id","role","due_at");--> statement-breakpoint
CREATE INDEX "tasks_sweep_remind" ON "tasks" USING btree ("status","remind_at");--> statement-breakpoint
CREATE INDEX "tasks_sweep_due" ON "tasks" USING btree ("status","due_at");