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
}
