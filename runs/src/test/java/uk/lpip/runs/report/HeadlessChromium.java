package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, driven from the command line for end-to-end checks of reports: no WebDriver,
 * no downloads. Flags as for this machine's closed network (no background connections, no
 * sandbox as root, a fresh profile). {@link #find()} is null where no Chromium is installed.
 */
final class HeadlessChromium {
    private final Path binary;
    private final Path profile;

    private HeadlessChromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** The first Chromium found ({@code LPIP_CHROMIUM}, then the usual paths), or null. */
    static HeadlessChromium find(Path profile) {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("LPIP_CHROMIUM");
        if (env != null) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return new HeadlessChromium(p, profile);
            }
        }
        return null;
    }

    /** The page's DOM after load and its scripts have run, in a window {@code width} CSS pixels wide. */
    String dumpDom(Path page, int width) throws IOException, InterruptedException {
        return run(page, "--virtual-time-budget=10000", "--window-size=" + width + ",2000", "--dump-dom");
    }

    /** The page's DOM after load and its scripts have run. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--virtual-time-budget=10000", "--dump-dom");
    }

    /** A screenshot of the top {@code height} pixels of the page at {@code width} CSS pixels. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath());
        if (!Files.exists(png)) {
            throw new IOException("chromium wrote no screenshot " + png);
        }
    }

    private String run(Path page, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--allow-file-access-from-files", "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(args));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s: " + cmd);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
