package uk.lpip.runs.cli;

import java.nio.file.Path;
import uk.lpip.runs.output.DirectoryLock;

/** Another process holding a directory's lock: takes it, says so, and keeps it until its input closes. */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (DirectoryLock lock = DirectoryLock.take(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our input
            }
        }
    }
}
