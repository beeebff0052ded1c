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
import sim.engine.SimState;
import uk.lpip.bench.reference.ReferenceModel;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.model.EconomyModel;

/**
 * lpip's core against the reference written the usual MASON way (one object and Steppable per
 * person, household and firm; {@link ReferenceModel}), side by side in one run: the same scenario,
 * population size and thread count, one whole month per measured operation. The ratio of their
 * times is the speed-up over the idiomatic way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx20g"})
public class ReferenceBenchmark {
    @Param({"lpip", "mason-objects"})
    public String implementation;

    @Param({"100000", "1000000"})
    public long persons;

    @Param({"1", "2"})
    public int threads;

    @Param({"yorkshire-humber-unfitted"})
    public String scenario;

    private SimState model;

    @Setup(Level.Trial)
    public void build() {
        int warmup = 2;
        if (implementation.equals("lpip")) {
            model = Populations.started(scenario, persons, threads, warmup, 64);
        } else {
            ModelConfig config = Populations.config(scenario, persons, warmup, 64);
            ReferenceModel reference = new ReferenceModel(config, threads);
            reference.start();
            for (int m = 0; m < warmup; m++) {
                reference.schedule.step(reference);
            }
            model = reference;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (model instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Benchmark
    public boolean month() {
        return model.schedule.step(model);
    }
}
