package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.runs.SingleRun.Horizon;
import uk.lpip.sim.state.Status;

class AdditionalityTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void thePartsAddUpToTheGrossAndToTheNetChange(long seed) {
        Random random = new Random(seed);
        int n = 2_000;
        int zones = 4;
        byte[] before = new byte[n];
        byte[] after = new byte[n];
        int[] zone = new int[n];
        BitSet participants = new BitSet();
        for (int p = 0; p < n; p++) {
            before[p] = random.nextDouble() < 0.7 ? Status.EMPLOYED : Status.UNEMPLOYED;
            after[p] = random.nextDouble() < 0.75 ? Status.EMPLOYED : Status.DISCOURAGED;
            zone[p] = random.nextInt(zones);
            if (zone[p] == 0 && random.nextDouble() < 0.2) {
                participants.set(p);
            }
        }
        boolean[] target = {true, false, false, false};
        Horizon base = new Horizon(before, zone, new int[n], new double[0], new int[0], new double[0]);
        Horizon treated = new Horizon(after, zone, new int[n], new double[0], new int[0], new double[0]);
        Additionality a = Additionality.of(participants, target, base, treated);
        int gross = 0;
        int deadweight = 0;
        int net = 0;
        for (int p = 0; p < n; p++) {
            int with = after[p] == Status.EMPLOYED ? 1 : 0;
            int without = before[p] == Status.EMPLOYED ? 1 : 0;
            net += with - without;
            if (participants.get(p)) {
                gross += with;
                deadweight += without;
            }
        }
        assertEquals(participants.cardinality(), a.participants());
        assertEquals(gross, a.gross());
        assertEquals(deadweight, a.deadweight());
        assertEquals(a.gross(), a.deadweight() + a.participantsNet(), "gross = deadweight + participants' own gain");
        assertEquals(net, a.netAdditional());
        assertEquals(a.netAdditional(), a.participantsNet() - a.displacement() + a.outsideChange(),
                "net = own gain − displacement in the area + change outside it");
    }
}
