package uk.lpip.sim.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.sim.engine.ParallelChunks;

/**
 * The workforce index built in parallel by blocks of firms lists each firm's employed persons in
 * person-id order and counts its jobs by level, exactly as a plain loop over persons does, at any
 * thread count, and rebuilding it after moves leaves nothing of the old index behind.
 */
class WorkforceIndexTest {
    private static final int L = Skill.LEVELS;

    private static Firms firms(int count) {
        Firms firms = new Firms(4);
        for (int f = 0; f < count; f++) {
            firms.add((byte) 0, f % 3, 1f, 1.0, 0.0);
        }
        return firms;
    }

    private static void assertIndexIsThePlainOne(Firms firms, int[] employer, byte[] level, byte[] status, int n) {
        for (int f = 0; f < firms.count(); f++) {
            List<Integer> expected = new ArrayList<>();
            int[] jobs = new int[L];
            for (int p = 0; p < n; p++) {
                if (status[p] == Status.EMPLOYED && employer[p] == f) {
                    expected.add(p);
                    jobs[level[p]]++;
                }
            }
            List<Integer> listed = new ArrayList<>();
            for (int i = firms.firstWorker(f); i < firms.endWorker(f); i++) {
                listed.add(firms.worker(i));
            }
            assertEquals(expected, listed, "firm " + f);
            int[] counted = new int[L];
            System.arraycopy(firms.jobs, f * L, counted, 0, L);
            assertArrayEquals(jobs, counted, "jobs of firm " + f);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void sameIndexAsAPlainLoopAtAnyThreadCount(int threads) {
        Random random = new Random(threads);
        int n = 200_000;                    // above 3 blocks' worth: up to 3 blocks of persons
        Firms firms = firms(301);
        int[] employer = new int[n + 10];
        byte[] level = new byte[n + 10];
        byte[] status = new byte[n + 10];
        try (ParallelChunks parallel = new ParallelChunks(threads)) {
            for (int month = 0; month < 2; month++) {          // the second rebuild after moves: no stale entries
                for (int p = 0; p < employer.length; p++) {
                    boolean employed = random.nextDouble() < 0.7 && firmIsOpen(random, month);
                    status[p] = employed ? Status.EMPLOYED : Status.UNEMPLOYED;
                    employer[p] = employed ? random.nextInt(firms.count()) : -1;
                    level[p] = (byte) random.nextInt(L);
                }
                employer[3] = firms.count() - 1;     // the last firm has a worker (block edges)
                status[3] = Status.EMPLOYED;
                firms.rebuildWorkforce(employer, level, status, n, Status.EMPLOYED, parallel);
                assertIndexIsThePlainOne(firms, employer, level, status, n);
            }
        }
    }

    private static boolean firmIsOpen(Random random, int month) {
        return month == 0 || random.nextBoolean();
    }
}
