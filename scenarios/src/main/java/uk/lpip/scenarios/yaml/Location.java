package uk.lpip.scenarios.yaml;

/**
 * Where a value came from: a file with line and column (1-based), or a command-line override
 * (line 0, and the override's position in place of a column).
 */
public record Location(String source, int line, int column) {
    /** A value given on the command line with {@code --set}: the {@code position}-th override (1-based). */
    public static Location commandLine(String argument, int position) {
        return new Location("--set " + argument, 0, position);
    }

    public boolean isCommandLine() {
        return line == 0;
    }

    @Override
    public String toString() {
        return isCommandLine() ? source : source + ":" + line + ":" + column;
    }
}
