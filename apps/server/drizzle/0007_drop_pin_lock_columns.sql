ALTER TABLE "complaints" DROP COLUMN "pin_failures";--> statement-breakpoint
ALTER TABLE "complaints" DROP COLUMN "pin_locked_until";