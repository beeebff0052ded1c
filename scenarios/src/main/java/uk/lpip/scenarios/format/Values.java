package uk.lpip.scenarios.format;

import java.util.HashMap;
import java.util.Map;

/** The values read for the keys of one mapping, handed to the record's constructor. */
public final class Values {
    private final Map<String, Object> values = new HashMap<>();

    void put(String key, Object value) {
        values.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <V> V get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalStateException("no value for key " + key);
        }
        return (V) values.get(key);
    }

    public int integer(String key) {
        return this.<Integer>get(key);
    }

    public long whole(String key) {
        return this.<Long>get(key);
    }

    public double number(String key) {
        return this.<Double>get(key);
    }

    public boolean bool(String key) {
        return this.<Boolean>get(key);
    }

    public String text(String key) {
        return get(key);
    }
}
