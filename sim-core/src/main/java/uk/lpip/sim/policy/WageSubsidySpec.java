package uk.lpip.sim.policy;

/** The levers of a wage subsidy (see docs/interventions.md for their sources; the mechanism: {@link WageSubsidy}). */
@Levers(title = "wage subsidy",
        description = "employers paid a share of an eligible hire's wage for some months; deadweight and substitution emerge")
public record WageSubsidySpec(
        CommonSpec common,
        @Lever(key = "wage_share", min = 0.01, max = 1, doc = "share of the hire's wage paid to the employer",
                unit = "share", example = "1.0") double wageShare,
        @Lever(key = "duration_months", min = 1, max = 24, doc = "months the wage is subsidised while the person stays",
                unit = "months", example = "6", fallback = "6") int durationMonths,
        WhoSpec who,
        @Lever(key = "screening_weight", min = 0, max = 10,
                doc = "with posts: existing, screening points per year of full wage subsidised (ASSUMPTION; 0: the subsidy "
                        + "does not change who is hired)",
                unit = "points", example = "2", fallback = "2") double screeningWeight,
        @Lever(key = "jobs", oneOf = {"temporary", "ongoing"},
                doc = "temporary: the subsidised job ends when its subsidy does and the person is out of work again, as the "
                        + "Future Jobs Fund's and Kickstart's six-month jobs did (scheme rules); ongoing: with posts: additional "
                        + "the employer keeps the person if its plan that month has a regular vacancy at the post's level, else "
                        + "the post ends; "
                        + "with posts: existing, a recruitment subsidy into a regular post the person keeps",
                example = "temporary", fallback = "temporary") String jobs,
        @Lever(key = "posts", oneOf = {"additional", "existing"},
                doc = "additional: the subsidy pays for extra posts created for the scheme, open only to eligible people, "
                        + "outside employers' regular plans (Kickstart's and the Future Jobs Fund's rule); existing: it "
                        + "subsidises eligible people hired into regular vacancies, moving them up employers' ranking "
                        + "(screening_weight)",
                example = "additional", fallback = "additional") String posts,
        @Lever(key = "places_per_month", min = 0, max = 1_000_000,
                doc = "with posts: additional, posts created each hiring month at scale 1.0; 0: as many as spend the "
                        + "uncommitted budget evenly over the hiring months left",
                unit = "places", example = "40", fallback = "0") int placesPerMonth,
        @Lever(key = "post_pay", oneOf = {"minimum", "posted"},
                doc = "with posts: additional, what a post pays: minimum: the legal minimum (labour.minimum_monthly_wage), "
                        + "as Kickstart funded the National Minimum Wage and the Future Jobs Fund paid at least it (scheme "
                        + "rules); posted: the employer's posted wage for the holder's qualification",
                example = "minimum", fallback = "minimum") String postPay,
        @Lever(key = "search_support_months", min = 0, max = 24,
                doc = "with posts: additional, the last months of a post in which its holder looks for a regular job as "
                        + "the unemployed do (their applications and match chance, for jobs paying at least the post), as "
                        + "Kickstart's employers had to support the young person to look for long-term work (scheme rules); "
                        + "0: holders search only as the employed do",
                unit = "months", example = "6", fallback = "0") int searchSupportMonths) implements InterventionSpec {
    /** Whether an additional post pays the legal minimum (else the employer's posted wage). */
    public boolean paysMinimum() {
        return "minimum".equals(postPay);
    }

    /** Whether subsidised jobs end with their subsidy. */
    public boolean temporary() {
        return "temporary".equals(jobs);
    }

    /** Whether the subsidy pays for additional posts created for the scheme (else for hires into existing vacancies). */
    public boolean additional() {
        return "additional".equals(posts);
    }
}
