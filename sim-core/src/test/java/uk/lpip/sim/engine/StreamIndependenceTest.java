package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys that differ in any one field give independent streams. Each case pairs two streams of
 * {@value #N} draws whose keys differ in exactly one field, by the smallest step (neighbouring
 * agents, the next round, the next draw index, month, purpose or seed), which is where a weak
 * mixing would show. Each stream must be uniform (Kolmogorov-Smirnov against U(0, 1)), and the
 * pairs must be independent: a chi-square test on the {@value #BINS} × {@value #BINS} table of
 * paired deciles, and Pearson's correlation. Everything is seeded, so the outcome is fixed; with
 * a threshold of p > 0.001 the p-values on the current generator are far above it (the smallest
 * over all cases is 0.06). A control shows the checks catch a reuse: the old packing's
 * streams for round 8 and the next person's round 0 fail them.
 */
class StreamIndependenceTest {
    private static final int N = 20_000;
    private static final int BINS = 10;
    private static final double ALPHA = 0.001;
    private static final long SEED = 20_260_101;
    private static final int MONTH = 5;
    private static final double MAX_CORRELATION = 4 / Math.sqrt(N);

    /** A draw keyed by seed, purpose, month, agent, round (a second key field) and draw index. */
    private static double draw(long seed, Purpose purpose, int month, long agent, int round, int index) {
        return new KeyedRandom(seed).uniform(purpose, month, RandomKey.of(agent, round), index);
    }

    static Stream<Arguments> pairsDifferingInOneField() {
        return Stream.of(
                Arguments.of("agent", (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, 2L * i, 3, 0),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, 2L * i + 1, 3, 0)),
                Arguments.of("round", (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, i, 8, 0),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, i, 9, 0)),
                Arguments.of("round 0 against the next agent's round 8 (the old collision)",
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, i + 1, 0, 0),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, i, 8, 0)),
                Arguments.of("draw index", (IntToDoubleFunction) i -> draw(SEED, Purpose.APPLICATION, MONTH, i, 2, 1),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.APPLICATION, MONTH, i, 2, 2)),
                Arguments.of("month", (IntToDoubleFunction) i -> draw(SEED, Purpose.APPLICATION, MONTH, i, 0, 0),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.APPLICATION, MONTH + 1, i, 0, 0)),
                Arguments.of("purpose", (IntToDoubleFunction) i -> draw(SEED, Purpose.APPLICATION, MONTH, i, 0, 0),
                        (IntToDoubleFunction) i -> draw(SEED, Purpose.SCREENING, MONTH, i, 0, 0)),
                Arguments.of("seed", (IntToDoubleFunction) i -> draw(SEED, Purpose.LAYOFF, MONTH, i, 1, 0),
                        (IntToDoubleFunction) i -> draw(SEED + 1, Purpose.LAYOFF, MONTH, i, 1, 0)),
                Arguments.of("one-field agent key", (IntToDoubleFunction) i -> new KeyedRandom(SEED).uniform(Purpose.DEATH, MONTH, RandomKey.of(i)),
                        (IntToDoubleFunction) i -> new KeyedRandom(SEED).uniform(Purpose.DEATH, MONTH, RandomKey.of(i + N))),
                Arguments.of("third field (entrant index)",
                        (IntToDoubleFunction) i -> new KeyedRandom(SEED).uniform(Purpose.FIRM_SIZE, MONTH, RandomKey.of(i, 2, 0)),
                        (IntToDoubleFunction) i -> new KeyedRandom(SEED).uniform(Purpose.FIRM_SIZE, MONTH, RandomKey.of(i, 2, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairsDifferingInOneField")
    void streamsDifferingInOneFieldAreUniformAndIndependent(String field, IntToDoubleFunction first, IntToDoubleFunction second) {
        Checks c = Checks.of(first, second);
        String detail = field + ": " + c;
        assertTrue(c.pFirst > ALPHA && c.pSecond > ALPHA, "not uniform; " + detail);
        assertTrue(c.pChiSquare > ALPHA, "paired draws are dependent; " + detail);
        // Under independence r is about N(0, 1/N): 4 standard errors is p < 0.0001.
        assertTrue(Math.abs(c.r) < MAX_CORRELATION, "paired draws are correlated; " + detail);
    }

    @Test
    void theChecksCatchTheOldPackingsReuse() {
        KeyedRandom rng = new KeyedRandom(SEED);
        Checks c = Checks.of(i -> rng.uniform(Purpose.SCREENING, MONTH, (long) i * 8 + 8),
                i -> rng.uniform(Purpose.SCREENING, MONTH, (long) (i + 1) * 8));
        assertTrue(c.pChiSquare < ALPHA, c.toString());
        assertTrue(c.r > MAX_CORRELATION, c.toString());
    }

    /** The p-values of both streams' uniformity and of their independence, and their correlation. */
    private record Checks(double pFirst, double pSecond, double pChiSquare, double r) {
        static Checks of(IntToDoubleFunction first, IntToDoubleFunction second) {
            double[] a = new double[N];
            double[] b = new double[N];
            for (int i = 0; i < N; i++) {
                a[i] = first.applyAsDouble(i);
                b[i] = second.applyAsDouble(i);
            }
            UniformRealDistribution unit = new UniformRealDistribution(0, 1);
            KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
            long[][] table = new long[BINS][BINS];
            for (int i = 0; i < N; i++) {
                table[(int) (a[i] * BINS)][(int) (b[i] * BINS)]++;
            }
            return new Checks(ks.kolmogorovSmirnovTest(unit, a), ks.kolmogorovSmirnovTest(unit, b),
                    new ChiSquareTest().chiSquareTest(table), new PearsonsCorrelation().correlation(a, b));
        }

        @Override
        public String toString() {
            return "KS p = " + pFirst + " and " + pSecond + ", chi-square p = " + pChiSquare + ", r = " + r;
        }
    }
}
