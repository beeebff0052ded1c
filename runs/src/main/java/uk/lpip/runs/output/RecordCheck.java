package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a committed run record against its manifest: every listed file is there with the size
 * and SHA-256 the manifest gives, and no file is there that the manifest does not list (but
 * {@code report.html}, which is derived from the record and may be written again by
 * {@code lpip report}).
 */
public final class RecordCheck {
    /** How a file is damaged that is there but not in the manifest. */
    public static final String NOT_LISTED = "not listed in the manifest";

    /** Files a record may hold that its manifest does not list. */
    private static final List<String> DERIVED = List.of("manifest.json", "report.html");

    /** One damaged file of a record and how it is damaged. */
    public record Damage(String file, String how) {
        @Override
        public String toString() {
            return file + ": " + how;
        }
    }

    private RecordCheck() {
    }

    /** The damage to the run record in {@code dir} (empty if intact). */
    public static List<Damage> check(Path dir) throws Manifest.Invalid, IOException {
        return check(dir, Manifest.read(dir.resolve("manifest.json")));
    }

    /** The damage to the run record in {@code dir}, whose manifest has been read. */
    public static List<Damage> check(Path dir, Manifest manifest) throws Manifest.Invalid, IOException {
        List<Damage> damage = listed(dir, manifest);
        Map<String, Manifest.Output> outputs = manifest.outputs();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!outputs.containsKey(name) && !DERIVED.contains(name)) {
                    damage.add(new Damage(name, NOT_LISTED));
                }
            }
        }
        return damage;
    }

    /** The damage to the files a manifest lists (other files in {@code dir} are not looked at). */
    public static List<Damage> listed(Path dir, Manifest manifest) throws Manifest.Invalid, IOException {
        Map<String, Manifest.Output> outputs = manifest.outputs();
        List<Damage> damage = new ArrayList<>();
        for (Map.Entry<String, Manifest.Output> e : outputs.entrySet()) {
            String name = e.getKey();
            Path file = dir.resolve(name).normalize();
            if (!file.startsWith(dir.normalize()) || name.isEmpty()) {
                damage.add(new Damage(name, "listed outside the run's directory"));
            } else if (!Files.isRegularFile(file)) {
                damage.add(new Damage(name, Files.exists(file) ? "not a file" : "missing"));
            } else {
                long size = Files.size(file);
                long listed = e.getValue().bytes();
                if (listed >= 0 && size != listed) {
                    damage.add(new Damage(name, (size < listed ? "truncated" : "size differs") + " (" + size
                            + " bytes, the manifest lists " + listed + ")"));
                } else if (!AtomicFiles.sha256(file).equals(e.getValue().sha256())) {
                    damage.add(new Damage(name, "changed (its SHA-256 differs from the manifest's)"));
                }
            }
        }
        return damage;
    }
}
