package uk.lpip.runs.appraisal;

import java.util.BitSet;
import uk.lpip.runs.SingleRun.Horizon;
import uk.lpip.sim.api.Population;

/**
 * Additionality of a programme, per person, from a paired replicate at the horizon (employment is
 * the outcome). Everyone is in exactly one group — participants, other residents of the target
 * area, residents elsewhere — so the parts add up by construction:
 * net additional = (gross − deadweight) − displacement in the area + change outside the area.
 *
 * @param gross              participants in work with the programme
 * @param deadweight         the same participants in work without it (the baseline)
 * @param displacement       other residents of the target area in work without it but not with it (net)
 * @param outsideChange      net change in work among residents outside the target area: positive is
 *                           leakage of benefits, negative is displacement beyond the area
 * @param netAdditional      net change in work over everyone
 */
public record Additionality(int participants, int gross, int deadweight, int displacement, int outsideChange,
                            int netAdditional) {

    public static Additionality of(BitSet participants, boolean[] targetZones, Horizon baseline, Horizon treated) {
        int n = Math.min(baseline.status().length, treated.status().length);
        int gross = 0;
        int deadweight = 0;
        int displacement = 0;
        int outside = 0;
        int net = 0;
        for (int p = 0; p < n; p++) {
            int with = treated.status()[p] == Population.EMPLOYED ? 1 : 0;
            int without = baseline.status()[p] == Population.EMPLOYED ? 1 : 0;
            net += with - without;
            if (participants.get(p)) {
                gross += with;
                deadweight += without;
            } else if (targetZones[baseline.zone()[p]]) {
                displacement += without - with;
            } else {
                outside += with - without;
            }
        }
        return new Additionality(participants.cardinality(), gross, deadweight, displacement, outside, net);
    }

    /** Participants' own gain: gross minus deadweight. */
    public int participantsNet() {
        return gross - deadweight;
    }

    public double deadweightRatio() {
        return gross > 0 ? (double) deadweight / gross : Double.NaN;
    }

    public double displacementRatio() {
        return participantsNet() > 0 ? (double) displacement / participantsNet() : Double.NaN;
    }

    /** Displacement beyond the area as a share of participants' gain (negative when benefits leak out instead). */
    public double outsideDisplacementRatio() {
        return participantsNet() > 0 ? (double) -outsideChange / participantsNet() : Double.NaN;
    }
}
