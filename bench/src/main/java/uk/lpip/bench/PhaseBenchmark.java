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
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Phase;

/**
 * The hot phases one at a time — demography, inactivity flows, firm planning, the labour market's
 * matching, production and incomes, metrics — on a settled economy. Each operation steps one phase
 * once on the live state (the state moves on a little each time, as it would within months).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 12)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx20g"})
public class PhaseBenchmark {
    @Param({"1000000"})
    public long persons;

    @Param({"1", "2"})
    public int threads;

    @Param({"demography", "inactivity", "firms", "labour market", "incomes", "production", "metrics"})
    public String phase;

    private EconomyModel model;
    private Economy economy;
    private Phase step;

    @Setup(Level.Trial)
    public void build() {
        model = Populations.started("yorkshire-humber", persons, threads, 2, 64);
        economy = model.economy();
        step = model.phases().stream().filter(p -> p.name().equals(phase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase '" + phase + "' in " + model.phaseNames()));
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    @Benchmark
    public Economy stepPhase() {
        step.step(economy);
        return economy;
    }
}
