package uk.lpip.sim.config;

/** Shared check of the configuration records' builders: every value must be set by name. */
final class Builders {
    private Builders() {
    }

    /** The value, or an error naming the record and the field that was never set. */
    static <T> T required(T value, String record, String field) {
        if (value == null) {
            throw new IllegalStateException(record + ": " + field + " was not set");
        }
        return value;
    }
}
