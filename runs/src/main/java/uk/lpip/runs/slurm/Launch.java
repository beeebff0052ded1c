package uk.lpip.runs.slurm;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.lpip.runs.cli.Lpip;

/** How to start this same lpip on a compute node: this JVM's java, and its jar (or class path). */
final class Launch {
    private Launch() {
    }

    /**
     * {@code [java, -jar, lpip.jar]} or {@code [java, -cp, CLASSPATH, uk.lpip.runs.cli.Lpip]}, paths absolute.
     *
     * @param javaFromPath {@code java} as found on the job's PATH (after a prelude such as {@code module load}),
     *                     rather than this JVM's own java
     */
    static List<String> current(boolean javaFromPath) {
        String java = javaFromPath ? "java" : Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString();
        try {
            Path code = Path.of(Lpip.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
                String cp = System.getProperty("java.class.path");
                if (cp != null && cp.split(File.pathSeparator).length > 1) {
                    return List.of(java, "-cp", absolute(cp), Lpip.class.getName());
                }
                return List.of(java, "-jar", code.toString());
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the class path
        }
        return List.of(java, "-cp", absolute(System.getProperty("java.class.path")), Lpip.class.getName());
    }

    private static String absolute(String classPath) {
        StringBuilder b = new StringBuilder();
        for (String part : classPath.split(File.pathSeparator)) {
            if (!part.isEmpty()) {
                b.append(b.length() == 0 ? "" : File.pathSeparator).append(Path.of(part).toAbsolutePath());
            }
        }
        return b.toString();
    }
}
