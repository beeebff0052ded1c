package uk.lpip.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.sim.metrics.Metric;

/** Gross flows, vacancies per unemployed person and exits by spell can be calibration targets. */
class FlowTargetsTest {
    @TempDir
    Path tmp;

    @Test
    void aTargetsFileNamesFlowAndVacancyMetrics() throws Exception {
        Path file = Files.writeString(tmp.resolve("flows.yaml"), String.join("\n",
                "name: flows",
                "scenario: demo",
                "seed: 5",
                "replicates: 2",
                "targets:",
                "  - {metric: quarterly_rate_u_e, value: 0.274, source: 'LFS two-quarter flows 2002-03 (docs/sources.md)'}",
                "  - {metric: quarterly_rate_e_u, value: 0.012, source: 'LFS two-quarter flows 2002-03 (docs/sources.md)'}",
                "  - {metric: vacancies_per_searcher, value: 0.75, source: 'ONS VACS 2023, UK (docs/sources.md)', weight: 0.5}",
                "  - {metric: vacancy_rate, value: 0.03, source: 'ASSUMPTION'}",
                "  - {metric: u_exit_rate_12_months_plus, value: 0.1, source: 'ASSUMPTION'}",
                "parameters:",
                "  - {path: 'firms.starting_jobs_per_employed', min: 0.9, max: 1.3}",
                ""));
        TargetsLoader.Loaded loaded = TargetsLoader.load(file);
        List<String> metrics = loaded.targets().targets().stream().map(Targets.Target::metric).toList();
        assertEquals(List.of("quarterly_rate_u_e", "quarterly_rate_e_u", "vacancies_per_searcher", "vacancy_rate",
                "u_exit_rate_12_months_plus"), metrics);
        for (String m : metrics) {
            assertEquals(m, TargetsLoader.metric(m).id());
        }
        assertEquals(Metric.QUARTERLY_RATE_U_E, TargetsLoader.metric("quarterly_rate_u_e"));
    }
}
