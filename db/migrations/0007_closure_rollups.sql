CREATE TABLE "rollup_closure_pairs" (
	"baseline_round_id" integer NOT NULL,
	"follow_up_round_id" integer NOT NULL,
	CONSTRAINT "rollup_closure_pairs_baseline_round_id_follow_up_round_id_pk" PRIMARY KEY("baseline_round_id","follow_up_round_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_closures" (
	"baseline_round_id" integer NOT NULL,
	"follow_up_round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"baseline_role_id" integer NOT NULL,
	"follow_up_role_id" integer NOT NULL,
	"baseline_level" smallint NOT NULL,
	"follow_up_level" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rollup_closures_pk" PRIMARY KEY("baseline_round_id","follow_up_round_id","unit_id","requirement_id","baseline_role_id","follow_up_role_id","baseline_level","follow_up_level")
);
--> statement-breakpoint
ALTER TABLE "rollup_closure_pairs" ADD CONSTRAINT "rollup_closure_pairs_baseline_round_id_rounds_id_fk" FOREIGN KEY ("baseline_round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closure_pairs" ADD CONSTRAINT "rollup_closure_pairs_follow_up_round_id_rounds_id_fk" FOREIGN KEY ("follow_up_round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_baseline_round_id_rounds_id_fk" FOREIGN KEY ("baseline_round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_follow_up_round_id_rounds_id_fk" FOREIGN KEY ("follow_up_round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_baseline_role_id_roles_id_fk" FOREIGN KEY ("baseline_role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_closures" ADD CONSTRAINT "rollup_closures_follow_up_role_id_roles_id_fk" FOREIGN KEY ("follow_up_role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;