package uk.lpip.scenarios.yaml;

/**
 * Where a value came from: a file with line and column (1-based), or a command-line override.
 */
public record Location(String source, int line, int column) {
    /** A value given on the command line with {@code --set}. */
    public static Location commandLine(String argument) {
        return new Location("--set " + argument, 0, 0);
    }

    public boolean isCommandLine() {
        return line == 0;
    }

    @Override
    public String toString() {
        return isCommandLine() ? source : source + ":" + line + ":" + column;
    }
}
