package uk.lpip.viz;

/**
 * The words around a chart: a title that states the subject and unit, axis labels with units,
 * and a source line (scenario, seed, replicates, version) so a chart forwarded on its own
 * still says where it came from.
 */
public record ChartText(String title, String subtitle, String xLabel, String yLabel, String source) { }
