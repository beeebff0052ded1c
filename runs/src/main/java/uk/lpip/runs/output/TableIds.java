package uk.lpip.runs.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * What every row of a table says about where it came from: the run's id, the experiment's id (a
 * sweep's or a comparison's; empty for a single {@code lpip run}) and the run's scale.
 *
 * <p>A run of {@code lpip run} gets a fresh id each time ({@code <scenario>-<UTC time>-<8 random hex>}),
 * so two runs never share one; {@code lpip rerun} reuses the recorded id to reproduce the files byte
 * for byte. A sweep's id is its experiment's name and the first 12 hex digits of the SHA-256 of its
 * experiment file, and its runs' ids are the sweep's id and the run's point, replicate and arm: the
 * shards of one sweep, written on different machines, agree on them, and a different experiment
 * file (another factor, seed or replicate count) gives other ids.
 */
public record TableIds(String run, String experiment, double scale) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    public TableIds {
        if (run.contains(",") || experiment.contains(",")) {
            throw new IllegalArgumentException("ids hold no commas: " + run + ", " + experiment);
        }
    }

    /** A new id for a run of {@code scenario} started at {@code started}. */
    public static String freshRun(String scenario, Instant started) {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return safe(scenario) + "-" + STAMP.format(started) + "-" + HexFormat.of().formatHex(b);
    }

    /** The id of a sweep of the experiment file {@code text} named {@code name}. */
    public static String sweep(String name, String text) {
        return safe(name) + "-" + sha256(text).substring(0, 12);
    }

    /** The trailing columns {@code scale,run,experiment} of a row (with the leading comma). */
    public String suffix() {
        return "," + Numbers.plain(scale) + "," + run + "," + experiment;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "run" : s;
    }
}
