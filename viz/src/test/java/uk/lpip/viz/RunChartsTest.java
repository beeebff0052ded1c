package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

class RunChartsTest {
    private static MetricsTable fixtureTable() {
        return fixtureTable(null);
    }

    private static MetricsTable fixtureTable(WaterConfig water) {
        PlaceConfig place = new PlaceConfig("fixture", "Fixture place",
                List.of(new PlaceConfig.CouncilConfig("north", "North"), new PlaceConfig.CouncilConfig("south", "South")),
                List.of(new PlaceConfig.ZoneConfig("n", "North town", "north", 1500, true, 0.95, 1.0, 0.7),
                        new PlaceConfig.ZoneConfig("s", "South villages", "south", 1000, false, 0.7, 0.3, 0.9)),
                List.of(new PlaceConfig.RoadLinkConfig("n", "s", 20)), UkDefaults.commuting());
        ModelConfig config = new ModelConfig("fixture", new RunSettings(12, 6, 3, 1.0), place, UkDefaults.population(),
                UkDefaults.sectors(), UkDefaults.labour(), UkDefaults.firmDynamics(), UkDefaults.households(),
                UkDefaults.taxBenefit(), UkDefaults.councilFinance(), water);
        try (EconomyModel model = new EconomyModel(config, 1)) {
            return model.run();
        }
    }

    @Test
    void aRunGetsItsHeadlineChartsWithOneLinePerCouncilAndTheRegion() {
        MetricsTable table = fixtureTable();
        List<RunCharts.NamedChart> charts = RunCharts.of(table, "Fixture place", "Source: test");
        assertEquals(5, charts.size());
        assertEquals("employment_rate.png", charts.get(0).fileName());
        for (RunCharts.NamedChart c : charts) {
            assertEquals(3, c.chart().getXYPlot().getDataset().getSeriesCount(), c.fileName());
            BufferedImage image = PngImages.render(c.chart(), 800, 480);
            assertTrue(TimePathChartTest.countPixels(image, Palette.BLACK) > 300, c.fileName() + " draws the region");
        }
        List<Series> series = RunCharts.seriesByCouncil(table, Metric.EMPLOYMENT_RATE);
        assertEquals(List.of("Whole region", "North", "South"), series.stream().map(Series::name).toList());
        assertEquals(table.value(0, 1, Metric.EMPLOYMENT_RATE), series.get(1).value(0));
    }

    @Test
    void aPlaceWithACatchmentAlsoGetsItsWaterChart() {
        WaterConfig water = new WaterConfig(WaterConfig.AllocationRule.PRIORITY,
                List.of(new WaterConfig.Node("burn", "Burn", null, 0.01, 5)), List.of(),
                List.of(new WaterConfig.Licence("works", "manufacturing", "burn", 300, 1, 0.2, 1, true, false)),
                List.of(new WaterConfig.WaterUse("manufacturing", 40, 0.5, false)), UkDefaults.publicSupply(),
                UkDefaults.hydrology(), UkDefaults.regulator(), UkDefaults.trading());
        List<RunCharts.NamedChart> charts = RunCharts.of(fixtureTable(water), "Fixture place", "Source: test");
        RunCharts.NamedChart chart = charts.get(charts.size() - 1);
        assertEquals("water_delivered.png", chart.fileName());
        assertEquals(2, chart.chart().getXYPlot().getDataset().getSeriesCount());
        assertTrue(TimePathChartTest.countPixels(PngImages.render(chart.chart(), 800, 480), Palette.BLACK) > 300,
                "the delivered line is drawn");
        assertEquals(5, RunCharts.of(fixtureTable(), "Fixture place", "Source: test").size(), "no water chart without a catchment");
    }

    @Test
    void aCatchmentGetsItsDeliveryByHolderAndItsFlowAgainstTheScarcityLevels() {
        WaterConfig water = new WaterConfig(WaterConfig.AllocationRule.PRIORITY,
                List.of(new WaterConfig.Node("burn", "Burn", null, 0.01, 5)), List.of(),
                List.of(new WaterConfig.Licence("works", "manufacturing", "burn", 300, 1, 0.2, 1, true, false),
                        new WaterConfig.Licence("farm", "agriculture", "burn", 300, 1, 0.2, 2, true, false)),
                List.of(new WaterConfig.WaterUse("manufacturing", 40, 0.5, false),
                        new WaterConfig.WaterUse("agriculture", 200, 0.5, true)), UkDefaults.publicSupply(),
                UkDefaults.hydrology(), UkDefaults.regulator(), UkDefaults.trading());
        PlaceConfig place = new PlaceConfig("fixture", "Fixture place",
                List.of(new PlaceConfig.CouncilConfig("north", "North")),
                List.of(new PlaceConfig.ZoneConfig("n", "North town", "north", 2500, true, 0.95, 1.0, 0.7)),
                List.of(), UkDefaults.commuting());
        ModelConfig config = new ModelConfig("fixture", new RunSettings(24, 6, 3, 1.0), place, UkDefaults.population(),
                UkDefaults.sectors(), UkDefaults.labour(), UkDefaults.firmDynamics(), UkDefaults.households(),
                UkDefaults.taxBenefit(), UkDefaults.councilFinance(), water);
        try (EconomyModel model = new EconomyModel(config, 1)) {
            model.run();
            var c = uk.lpip.sim.api.WaterHistory.of(model.catchment());
            var byHolder = WaterCharts.deliveredByHolder(c, "Fixture place", "Source: test");
            assertEquals(2, byHolder.getXYPlot().getDataset(0).getSeriesCount(), "one stacked area per holder");
            assertEquals(24, byHolder.getXYPlot().getDataset(0).getItemCount(0));
            assertEquals(1, byHolder.getXYPlot().getDataset(1).getSeriesCount(), "the demand line");
            var flow = WaterCharts.flowAndScarcity(c, "Fixture place", "Source: test");
            assertEquals(6, flow.getXYPlot().getDataset().getSeriesCount(), "natural and actual flow, and four scarcity levels");
            assertEquals(c.scarcityThresholds()[3], flow.getXYPlot().getDataset().getYValue(5, 0), 1e-9);
            for (var chart : List.of(byHolder, flow)) {
                assertTrue(TimePathChartTest.countPixels(PngImages.render(chart, 800, 480), Palette.BLACK) > 200);
            }
        }
    }
}
