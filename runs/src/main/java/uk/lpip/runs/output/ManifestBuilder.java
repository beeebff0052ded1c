package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way lpip writes a manifest ({@code manifest.json} of a run, a sweep run or a comparison's
 * place, and {@code sweep.json}): who wrote it first, then the caller's fields in the caller's order,
 * then the Java that ran it (for a run's record) and every output with its SHA-256 and size.
 * Files are written through {@link #write}, so an output cannot be written without being listed.
 */
public final class ManifestBuilder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> outputs = new LinkedHashMap<>();

    /** A run's record: the tool, its version and the commit it was built from come first. */
    public ManifestBuilder(String toolVersion, String gitCommit) {
        fields.put("tool", "lpip");
        fields.put("version", toolVersion);
        fields.put("git_commit", gitCommit);
    }

    private ManifestBuilder() {
        fields.put("tool", "lpip");
    }

    /**
     * The record of tables derived from runs ({@code sweep.json}): no version of its own, so that a
     * resumed, merged or fresh sweep ends in the same bytes whichever build wrote the tables.
     */
    public static ManifestBuilder ofTables() {
        return new ManifestBuilder();
    }

    /** A field of the record, after those already put. */
    public ManifestBuilder put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** Writes {@code file} atomically and lists it under {@code name} (a path relative to the record). */
    public ManifestBuilder write(String name, Path file, AtomicFiles.Content content) throws IOException {
        outputs.put(name, Manifest.entry(file, AtomicFiles.write(file, content)));
        return this;
    }

    /** The outputs listed so far, for writers that list files they wrote themselves (charts). */
    public Map<String, Object> outputs() {
        return outputs;
    }

    /** Puts the Java that ran the record, as every run's manifest states it. */
    public ManifestBuilder java() {
        fields.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        return this;
    }

    /** Writes the manifest, with its outputs last, to {@code file} (atomically: the record's last write). */
    public void commit(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        m.put("outputs", outputs);
        String text = Manifest.write(m);
        AtomicFiles.write(file, w -> w.write(text));
    }
}
