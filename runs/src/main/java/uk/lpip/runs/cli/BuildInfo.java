package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version (from the build) and git commit (from the launcher's environment, if known). */
public final class BuildInfo implements IVersionProvider {
    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/lpip-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The git commit the launcher found for the working tree (suffixed -dirty if it had changes). */
    public static String gitCommit() {
        String commit = System.getenv("LPIP_GIT_COMMIT");
        return commit == null || commit.isBlank() ? "unknown" : commit.trim();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"lpip " + version() + " (commit " + gitCommit() + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
