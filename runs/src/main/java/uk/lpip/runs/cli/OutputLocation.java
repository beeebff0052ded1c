package uk.lpip.runs.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an {@code --out} directory can take results, checked before anything is simulated so a
 * long run does not end in "cannot write": it is a writable directory, or can be made in one.
 */
final class OutputLocation {
    private OutputLocation() {
    }

    /** What is wrong with {@code out} as a results directory, or null if it will do. */
    static String problem(Path out) {
        Path p = out.toAbsolutePath().normalize();
        if (Files.exists(p)) {
            if (!Files.isDirectory(p)) {
                return "is a file, not a directory";
            }
            return Files.isWritable(p) ? null : "is not writable";
        }
        Path parent = p.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            return "cannot be made (no existing directory above it)";
        }
        if (!Files.isDirectory(parent)) {
            return "cannot be made: " + parent + " is a file, not a directory";
        }
        return Files.isWritable(parent) ? null : "cannot be made: " + parent + " is not writable";
    }
}
