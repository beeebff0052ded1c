package uk.lpip.sim.policy;

import static uk.lpip.sim.policy.Evidence.assumption;
import static uk.lpip.sim.policy.Evidence.of;

/**
 * The evidence records of each kind's behavioural levers, and of the outcomes the people-based
 * kinds are calibrated to ("outcome: ..."; participants against the same people in the baseline
 * arm). Each kind's declaration takes its array; docs/interventions.md prints them (checked by
 * {@code EvidenceTableTest}). Sources are cited as published; the numbers the project uses are in
 * docs/data-sources.md.
 */
final class LeverEvidence {
    private LeverEvidence() {
    }

    static final String CKW = "Card, Kluve and Weber (2018), What works? A meta analysis of recent active labor market "
            + "program evaluations, Journal of the European Economic Association 16(3), 894-931";
    static final String WWG_TRAINING = "What Works Centre for Local Economic Growth (2014, updated 2016), "
            + "Evidence Review 1: Employment Training";
    static final String FE = "DfE further education achievement rates (docs/data-sources.md)";
    static final String HLT = "DWP research report 1025 (2023), Health-led Employment Trials: 12-month outcomes "
            + "evidence synthesis (Institute for Employment Studies)";
    static final String FJF = "DWP (2012), Impacts and costs and benefits of the Future Jobs Fund";
    static final String KICKSTART = "DWP, Kickstart Scheme employer guidance (2020-22)";
    static final String BDUK = "BDUK superfast broadband programme, phases 1 and 2 (docs/data-sources.md)";
    static final String WWG_TRANSPORT = "What Works Centre for Local Economic Growth (2015), Evidence Review 7: Transport";

    static final Evidence[] SKILLS = {
        of("completion_probability", 0.6, 0.5, 0.7, FE, "administrative achievement statistics (an outcome, not an impact)", 0,
                "about 60% of starters achieve; retention is the main driver (0.5-0.7 tested)",
                "further-education learners, England"),
        assumption("lock_in_strength", 0.8, 0.5, 1.0,
                "the share of search effort a course takes is not published; CKW 2018 find training's impacts close to zero "
                        + "in the short run, which the 6-month outcome below checks"),
        assumption("skill_gain", 1, 1, 2, "one qualification level per course; no published mapping to the model's skill levels"),
        assumption("return_multiplier", 1.0, 1.0, 3.0,
                "no UK evaluation separates inactive completers' return to search from their job finding; calibrated to 1 "
                        + "(no extra support): with the skill gain alone the 24-month effect is already near the top of its "
                        + "band (11 pp in CalibrationTest's place, 14 pp at 1.5)"),
        of("outcome: in-work effect 6 months after starting (pp)", -2, -8, 3, CKW,
                "meta-analysis of over 200 impact estimates (randomised and non-experimental)", 0,
                "average impacts close to zero in the short run (lock-in while training); the band is this project's "
                        + "reading of 'close to zero'",
                "participants of active labour-market programmes, many countries; human-capital programmes"),
        of("outcome: in-work effect 24 months after starting (pp)", 4, 0, 12, CKW,
                "meta-analysis of over 200 impact estimates (randomised and non-experimental)", 0,
                "impacts become more positive 2-3 years after completion, larger for human-capital programmes and the "
                        + "long-term unemployed; WWG 2016: about half of 71 evaluations scoring SMS 3 or more positive, "
                        + "shorter programmes better; the band is this project's reading",
                "participants of active labour-market programmes; UK and OECD employment training"),
    };

    static final Evidence[] OUTREACH = {
        assumption("contact_rate_monthly", 0.04, 0.01, 0.08, "no published contact rate for outreach to the inactive"),
        assumption("return_multiplier_discouraged", 2, 1, 4,
                "the discouraged want work; support raises their return to search most (no published hazard ratio)"),
        assumption("return_multiplier_caring", 1.3, 1, 2,
                "carers' main barrier, care, is largely outside what employment support changes"),
        assumption("return_multiplier_long_term_sick", 1.5, 1, 2.5,
                "the Health-led Trials (RCT) found positive employment effects of IPS for people with mild or moderate "
                        + "health conditions but publish no return-to-search hazard"),
        assumption("return_multiplier_retired", 1, 1, 1.5, "early retirement is mostly chosen; no evidence that outreach changes it"),
        of("support_months", 9, 6, 12, HLT, "randomised controlled trial", 5,
                "IPS-LITE offered up to 9 months of support to find work (and up to 4 months in work)",
                "9,785 people with mild or moderate mental or physical health conditions, West Midlands and Sheffield "
                        + "City Region, 2018-19"),
        assumption("outcome: contacted people's in-work effect 12 months after contact (pp)", 1, 0, 5,
                "no published effect of outreach to the inactive; a light-touch contact should move few of them into work"),
    };

    static final Evidence[] WAGE_SUBSIDY = {
        of("wage_share", 1.0, 0.5, 1.0, KICKSTART, "scheme rules", 0,
                "100% of the age-relevant minimum wage for 25 hours a week", "Universal Credit claimants aged 16-24"),
        of("duration_months", 6, 6, 6, KICKSTART, "scheme rules", 0, "six-month placements; the Future Jobs Fund's were also six months",
                "Universal Credit claimants aged 16-24"),
        assumption("screening_weight", 2, 0, 4,
                "with posts: existing, how far a subsidy moves a person up a firm's ranking; at 0 every subsidised hire is deadweight"),
        of("outcome: relative rise in unsubsidised employment 2 years after starting", 0.27, 0.27, 0.27, FJF,
                "propensity score matching of participants with similar claimants", 3,
                "participants 27% more likely to be in unsubsidised employment and 16% less likely to be on benefits "
                        + "two years after starting (no interval in the summary)",
                "18-24 year olds claiming Jobseeker's Allowance for six months or more, Great Britain, 2009-11"),
    };

    static final Evidence[] BROADBAND = {
        assumption("adoption_rate_monthly", 0.03, 0.01, 0.06, "no published monthly rate at which covered firms adopt"),
        assumption("productivity_gain", 0.03, 0, 0.05, "evaluations find small productivity gains of adopting firms"),
        of("outcome: superfast availability uplift in programme areas (pp)", 44, 41, 47, BDUK, "programme evaluation", 0,
                "superfast availability rose by 41-47 percentage points in programme areas", "premises in BDUK areas, UK"),
        assumption("mechanism: remote-work take-up", 1, 0.5, 1,
                "every covered resident may apply to remote-able vacancies (each sector's remote_share); a lower take-up "
                        + "would be tested by halving the remote shares"),
    };

    static final Evidence[] TRANSPORT = {
        assumption("mechanism: bus reach (waiting time falls as 1 / service level)", 1, 0.5, 1.5,
                "the elasticity of waiting time to service; WWG 2015 kept 29 robust transport evaluations, most showing no or "
                        + "mixed local employment effects, partly displacement"),
    };
}
