package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The appraisal chart: costs against benefits in £ million, with NPV, BCR and switching value stated. */
class AppraisalChartTest {
    @Test
    void costsAndBenefitsAreBarsAndTheSubtitleStatesTheVerdict() {
        var chart = AppraisalChart.of("Northern Ireland", new AppraisalChart.Figures(2_500_000, 9_000_000, 6_000_000,
                6_500_000, 3.6, 0.72), "Source: test");
        var data = chart.getCategoryPlot().getDataset();
        assertEquals(3, data.getColumnCount());
        assertEquals(2.5, data.getValue(0, 0).doubleValue(), 1e-12);
        assertEquals(9.0, data.getValue(0, 1).doubleValue(), 1e-12);
        String subtitle = "";
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getText().contains("BCR")) {
                subtitle = t.getText();
            }
        }
        assertTrue(subtitle.contains("NPV on GVA £6.5 million, BCR 3.6") && subtitle.contains("72%"), subtitle);
        assertTrue(TimePathChartTest.countPixels(PngImages.render(chart, 800, 480), Palette.series(1)) > 1000, "the cost bar");
    }

    @org.junit.jupiter.api.Test
    void withReplicatesEachBarCarriesItsNinetyFivePercentInterval() {
        AppraisalChart.Figures f = new AppraisalChart.Figures(2.0e6, 3.0e6, 2.5e6, 1.0e6, 1.5, 0.33, 0.1e6, 1.2e6, 0.8e6);
        var chart = AppraisalChart.of("Dales, mean over 5 replicates", f, "Source: test");
        var data = (org.jfree.data.statistics.StatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
        org.junit.jupiter.api.Assertions.assertEquals(3.0, data.getMeanValue(0, 1).doubleValue(), 1e-9, "£ million");
        org.junit.jupiter.api.Assertions.assertEquals(1.2, data.getStdDevValue(0, 1).doubleValue(), 1e-9,
                "the bar's error is the interval's half-width");
        org.junit.jupiter.api.Assertions.assertTrue(chart.getCategoryPlot().getRenderer()
                instanceof org.jfree.chart.renderer.category.StatisticalBarRenderer);
        String subtitles = String.join(" | ", chart.getSubtitles().stream()
                .filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                .map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).toList());
        org.junit.jupiter.api.Assertions.assertTrue(subtitles.contains("mean over replicates with its 95% interval"), subtitles);
        var one = AppraisalChart.of("Dales", new AppraisalChart.Figures(2.0e6, 3.0e6, 2.5e6, 1.0e6, Double.NaN, Double.NaN),
                "Source: test");
        org.junit.jupiter.api.Assertions.assertFalse(one.getCategoryPlot().getDataset()
                instanceof org.jfree.data.statistics.StatisticalCategoryDataset, "no interval from one replicate");
    }
}
