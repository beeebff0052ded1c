package uk.lpip.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.lpip.sim.model.EconomyModel;

/**
 * One whole simulated month — every phase — of Yorkshire and the Humber's structure at several
 * population sizes and thread counts. Each measured operation is one month (single shot: months
 * differ, so each is timed once). Person-months per second = persons / (seconds per month).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 12)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx20g"})
public class MonthBenchmark {
    @Param({"100000", "1000000"})
    public long persons;

    @Param({"1", "2"})
    public int threads;

    @Param({"yorkshire-humber"})
    public String scenario;

    private EconomyModel model;

    @Setup(Level.Trial)
    public void build() {
        model = Populations.started(scenario, persons, threads, 2, 64);
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    @Benchmark
    public boolean month() {
        return model.schedule.step(model);
    }
}
