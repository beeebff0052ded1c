package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.TableIds;
import uk.lpip.sim.api.EmploymentHistory;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.policy.Evidence;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.policy.ParticipantTarget;
import uk.lpip.sim.state.Status;

/**
 * Participants' effects over replicates, on a planted case: 100 participants starting in month 0
 * of an 8-month record; 20 of them in work without the programme and 50, 53 and 56 with it in
 * replicates 0, 1 and 2, so the effect 6 months on is 30, 33 and 36 pp: mean 33 pp, standard
 * deviation 3 pp, 95% interval 33 ± t(2) × 3 / √3 = 33 ± 7.45 pp. Twelve and 24 months on are beyond
 * the horizon: not observed.
 */
class ParticipantEffectsTest {
    private static final int PEOPLE = 100;
    private static final int MONTHS = 8;

    private static EmploymentHistory employed(int inWork) {
        List<byte[]> months = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            byte[] s = new byte[PEOPLE];
            for (int p = 0; p < PEOPLE; p++) {
                s[p] = p < inWork ? Status.EMPLOYED : Status.UNEMPLOYED;
            }
            months.add(s);
        }
        return EmploymentHistory.of(months);
    }

    private static List<ArmResult> arms(double low, double high) {
        Evidence record = Evidence.of("outcome: in-work effect 6 months after starting (pp)", (low + high) / 2, low, high,
                "A planted evaluation", "randomised controlled trial", 5, "planted", "planted people");
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            people.add(new Participant(p, 0, 6, true));
        }
        List<ParticipantTarget> targets = List.of(new ParticipantTarget(6, ParticipantTarget.Measure.POINTS, record));
        Participants ps = new Participants("training", "Skills programme", people, new boolean[1], targets);
        Participants few = new Participants("mentoring", "Skills programme", people.subList(0, 20), new boolean[1], List.of());
        List<ArmResult> arms = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            arms.add(new ArmResult("baseline", r, r, null, null, List.of(), Map.of(), null, employed(20)));
            arms.add(new ArmResult("intervention", r, r, null, null, List.of(ps, few), Map.of(), null, employed(50 + 3 * r)));
        }
        return arms;
    }

    @Test
    void recoversAPlantedEffectWithItsIntervalOverReplicates() {
        ParticipantEffects e = new ParticipantEffects(arms(20, 40));
        assertEquals(3 * 2 * 3, e.cells().size(), "3 replicates × 2 programmes × 3 horizons");
        ParticipantEffects.Summary six = e.summaries().get(0);
        assertEquals("training", six.programme());
        assertEquals(6, six.months());
        assertEquals(3, six.replicatesObserved());
        assertEquals(33.0, six.effectPp(), 1e-9);
        double half = 4.302652729911275 * 3 / Math.sqrt(3);
        assertEquals(33.0 - half, six.effectLow(), 1e-6);
        assertEquals(33.0 + half, six.effectHigh(), 1e-6);
        assertEquals((1.5 + 1.65 + 1.8) / 3, six.rise(), 1e-9, "50/20, 53/20, 56/20 less one");
        assertEquals("replicates", six.intervalOver());
        assertEquals(ParticipantEffects.Agreement.WITHIN, six.agreement(), "33 pp lies within 20 to 40");
        assertEquals(ParticipantEffects.Agreement.OVERLAPS, new ParticipantEffects(arms(35, 50)).summaries().get(0).agreement(),
                "33 pp is below 35, but its interval [25.5, 40.5] reaches it");
        assertEquals(ParticipantEffects.Agreement.OUTSIDE, new ParticipantEffects(arms(45, 50)).summaries().get(0).agreement());
    }

    @Test
    void aRecordIsNamedByItsAuthorsAndYear() {
        assertEquals("Card, Kluve and Weber (2018)", ParticipantEffectsTables.shortSource("Card, Kluve and Weber (2018), What works? "
                + "A meta analysis of recent active labor market program evaluations, JEEA 16(3), 894-931"));
        assertEquals("What Works Centre for Local Economic Growth (2014, updated 2016)", ParticipantEffectsTables.shortSource(
                "What Works Centre for Local Economic Growth (2014, updated 2016), Evidence Review 1: Employment Training"));
        assertEquals("DfE further education achievement rates (docs/data-sources.md)",
                ParticipantEffectsTables.shortSource("DfE further education achievement rates (docs/data-sources.md)"));
    }

    @Test
    void beyondTheHorizonOrWithTooFewPeopleItIsNotObserved() throws Exception {
        ParticipantEffects e = new ParticipantEffects(arms(20, 40));
        for (ParticipantEffects.Summary s : e.summaries()) {
            boolean seen = s.programme().equals("training") && s.months() == 6;
            assertEquals(seen, s.observed(), s.programme() + " at " + s.months() + " months");
            if (!seen) {
                assertEquals(ParticipantEffects.Agreement.NOT_OBSERVED, s.agreement());
                assertTrue(Double.isNaN(s.effectPp()), "no number where nothing was observed");
            }
        }
        StringWriter text = new StringWriter();
        ParticipantEffectsTables.print(new PrintWriter(text), e, 1.0);
        String out = text.toString();
        assertTrue(out.contains("Skills programme 'training'"), out);
        assertTrue(out.contains(" 6 months: +33.0 pp [+25.5 pp, +40.5 pp]") && out.contains("within the record's interval"), out);
        assertTrue(out.contains("12 months: not observed") && out.contains("lengthen run.months"), out);
        assertTrue(out.contains("Skills programme 'mentoring'") && out.contains("raise run.scale"), "20 people are too few: " + out);
        StringWriter csv = new StringWriter();
        ParticipantEffectsTables.writeSummaryCsv(csv, e, new TableIds("run-1", "", 0.5));
        CsvRows rows = CsvRows.read(new java.io.StringReader(csv.toString()));
        assertEquals(ParticipantEffectsTables.SUMMARY_COLUMNS, rows.header());
        String[] first = rows.rows().get(0);
        assertEquals("200.0", first[rows.column("started")], "counts at full scale: 100 / 0.5");
        assertEquals("within", first[rows.column("agreement")]);
        assertEquals("5", first[rows.column("evidence_sms")]);
        assertEquals("not observed", rows.rows().get(1)[rows.column("status")]);
        assertEquals("", rows.rows().get(1)[rows.column("effect_pp")]);
        StringWriter cells = new StringWriter();
        ParticipantEffectsTables.writeCsv(cells, e, new TableIds("run-1", "", 0.5));
        CsvRows c = CsvRows.read(new java.io.StringReader(cells.toString()));
        assertEquals(18, c.rows().size());
        assertEquals("30.0", c.rows().get(0)[c.column("effect_pp")], "replicate 0: (50 - 20) / 100");
        assertFalse(c.rows().get(1)[c.column("status")].equals("observed"), "12 months: beyond the horizon");
    }
}
