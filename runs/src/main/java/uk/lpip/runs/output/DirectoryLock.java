package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A hold on a results directory (a sweep's, a comparison's) through its lock file {@code .lock}:
 * while it is held no other lpip process works on the directory, and a second one is refused at
 * once instead of both removing each other's half-written runs. The operating system releases
 * the lock when the process ends, however it ends, so a killed process leaves no stale lock.
 */
public final class DirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (made if missing).
     *
     * @throws IllegalStateException if another process (or this one) holds it
     */
    public static DirectoryLock take(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (held == null) {
            channel.close();
            throw new IllegalStateException("another lpip process is working on " + dir + " (it holds " + file
                    + "); wait for it to finish, then run the command again");
        }
        return new DirectoryLock(channel, held);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
