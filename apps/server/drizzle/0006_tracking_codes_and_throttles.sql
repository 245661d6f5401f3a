CREATE TABLE "known_devices" (
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "known_devices_token_hash_user_id_pk" PRIMARY KEY("token_hash","user_id")
);
--> statement-breakpoint
CREATE TABLE "throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"failures" integer NOT NULL,
	"first_failure_at" timestamp with time zone NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "tracking_code" text;--> statement-breakpoint
-- Each existing complaint gets its random public code before the column becomes NOT NULL: 50
-- bits from gen_random_uuid() (PostgreSQL's strong random source, also in PGlite) spelt in
-- Crockford base32 as ADU-XXXXX-XXXXX, as @sigap/core trackingCodeFromBytes does, drawn again
-- on the (unlikely) collision. Hex digits 1-12 and 14-16 of a version-4 uuid are random.
DO $$
DECLARE
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  complaint_id uuid;
  hex text;
  bits bigint;
  chars text;
  code text;
BEGIN
  FOR complaint_id IN SELECT id FROM complaints WHERE tracking_code IS NULL LOOP
    LOOP
      hex := replace(gen_random_uuid()::text, '-', '');
      bits := ('x' || lpad(substr(hex, 1, 12) || substr(hex, 14, 3), 16, '0'))::bit(64)::bigint;
      chars := '';
      FOR i IN 0..9 LOOP
        chars := chars || substr(alphabet, ((bits >> (5 * i)) & 31)::int + 1, 1);
      END LOOP;
      code := 'ADU-' || substr(chars, 1, 5) || '-' || substr(chars, 6, 5);
      EXIT WHEN NOT EXISTS (SELECT 1 FROM complaints WHERE tracking_code = code);
    END LOOP;
    UPDATE complaints SET tracking_code = code WHERE id = complaint_id;
  END LOOP;
END $$;--> statement-breakpoint
ALTER TABLE "complaints" ALTER COLUMN "tracking_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "known_devices" ADD CONSTRAINT "known_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "known_devices_user" ON "known_devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "throttles_last_failure" ON "throttles" USING btree ("last_failure_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_code" ON "complaints" USING btree ("tracking_code");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";