package uk.lpip.runs.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.DirectoryLock;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.RecordCheck;

/**
 * A sweep's results directory: {@code experiment.yaml} (the file it was started with),
 * {@code runs/<id>/} for each finished run and {@code failed/<id>.txt} for each failed one, and the
 * tables over all runs. A run is written into a temporary directory beside its final place and
 * renamed into it in one step, so a run directory either holds every file of a finished run or
 * does not exist; a killed process leaves only temporary directories, which the next start
 * removes.
 */
public final class SweepDirectory {
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    public SweepDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path failed() {
        return root.resolve("failed");
    }

    public Path run(String id) {
        return runs().resolve(id);
    }

    public boolean exists() {
        return Files.isRegularFile(root.resolve("experiment.yaml"));
    }

    /**
     * Creates the directory for a new sweep, or checks that an existing one was started from the
     * same experiment file; then removes what killed processes left half-written.
     *
     * @throws IllegalStateException if the directory belongs to a different experiment text
     */
    public void open(String experimentText) throws IOException {
        Files.createDirectories(runs());
        Files.createDirectories(failed());
        Path file = root.resolve("experiment.yaml");
        if (Files.isRegularFile(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8);
            if (!existing.equals(experimentText)) {
                throw new IllegalStateException(root + " holds a sweep of a different experiment file; "
                        + "use another --out or restore the file it was started with (" + file + ")");
            }
        } else {
            AtomicFiles.write(file, w -> w.write(experimentText));
        }
    }

    /**
     * Takes the directory's lock file ({@code .lock}), or fails at once if another process holds it
     * (two processes resuming one sweep would each remove the other's half-written runs).
     *
     * @throws IllegalStateException if another process (or this one) holds it
     */
    public DirectoryLock lock() throws IOException {
        return DirectoryLock.take(root);
    }

    /** Removes temporary run directories older than a run could still be writing (all, when nothing else runs). */
    public void removeTemporaries() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(runs(), TEMP_PREFIX + "*")) {
            for (Path p : s) {
                AtomicFiles.deleteTree(p);
            }
        }
    }

    public boolean isDone(String id) {
        return Files.isRegularFile(run(id).resolve("manifest.json"));
    }

    /**
     * What is damaged in a committed run (empty if it is intact, or not committed): each file its
     * manifest lists changed, truncated or missing, each file it does not list, or the manifest itself.
     */
    public List<RecordCheck.Damage> damage(String id) throws IOException {
        if (!isDone(id)) {
            return List.of();
        }
        try {
            return RecordCheck.check(run(id));
        } catch (Manifest.Invalid e) {
            return List.of(new RecordCheck.Damage("manifest.json", e.getMessage()));
        }
    }

    /** The damaged runs among {@code ids}, in order, with what is damaged in each. */
    public Map<String, List<RecordCheck.Damage>> damaged(Collection<String> ids) throws IOException {
        Map<String, List<RecordCheck.Damage>> out = new LinkedHashMap<>();
        for (String id : ids) {
            List<RecordCheck.Damage> d = damage(id);
            if (!d.isEmpty()) {
                out.put(id, d);
            }
        }
        return out;
    }

    /**
     * Removes a damaged run so it can be run again: renamed in one step to a temporary name (so the
     * run is either whole or gone, never half-deleted), then deleted.
     */
    public void discard(String id) throws IOException {
        Path aside = runs().resolve(TEMP_PREFIX + "damaged-" + id + "-" + UUID.randomUUID());
        AtomicFiles.move(run(id), aside);
        AtomicFiles.deleteTree(aside);
    }

    /** A fresh temporary directory for a run's files. */
    public Path temporary(String id) throws IOException {
        return Files.createDirectory(runs().resolve(TEMP_PREFIX + id + "-" + UUID.randomUUID()));
    }

    /**
     * Moves a finished run's temporary directory into place in one step. If the run is already
     * there (another process finished it first), the temporary copy is discarded.
     */
    public void commit(Path temporary, String id) throws IOException {
        try {
            Files.move(temporary, run(id), StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncDirectory(runs());
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            AtomicFiles.deleteTree(temporary);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + root + " cannot rename directories atomically", e);
        }
        Files.deleteIfExists(failed().resolve(id + ".txt"));
    }

    public void recordFailure(String id, String text) throws IOException {
        AtomicFiles.write(failed().resolve(id + ".txt"), w -> w.write(text));
    }

    public boolean hasFailed(String id) {
        return Files.isRegularFile(failed().resolve(id + ".txt"));
    }

    public String failure(String id) throws IOException {
        return Files.readString(failed().resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

}
