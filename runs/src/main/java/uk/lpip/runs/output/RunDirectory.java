package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A new directory for one run's outputs, {@code <scenario>-<yyyyMMdd-HHmmss>} under the results
 * directory. It is created atomically and never reused: if the name is taken, a suffix is added,
 * so a run never overwrites an earlier one.
 */
public final class RunDirectory {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunDirectory() {
    }

    public static Path create(Path resultsRoot, String scenario, LocalDateTime now) throws IOException {
        Files.createDirectories(resultsRoot);
        String base = safe(scenario) + "-" + STAMP.format(now);
        for (int attempt = 1; ; attempt++) {
            Path dir = resultsRoot.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier run: try the next suffix
            }
        }
    }

    /**
     * Moves a run's files, written into {@code work}, into its directory {@code dir} (made empty by
     * {@link #create}) in one step.
     */
    public static void commit(Path work, Path dir) throws IOException {
        try {
            // rename(2) replaces an empty directory atomically
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.AccessDeniedException e) {
            // platforms that do not replace a directory: free the name first
            Files.delete(dir);
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        AtomicFiles.syncDirectory(dir.toAbsolutePath().getParent());
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "run" : s;
    }
}
