package uk.lpip.sim.policy;

/**
 * What kind of cost an intervention incurs, for appraisal: HM Treasury Green Book supplementary
 * guidance on optimism bias gives an upper-bound uplift for each.
 */
public enum CostType {
    OUTSOURCED_PROGRAMME("outsourced_programme", 0.41),
    STANDARD_BUILDINGS("standard_buildings", 0.24),
    NON_STANDARD_BUILDINGS("non_standard_buildings", 0.51),
    STANDARD_CIVIL_ENGINEERING("standard_civil_engineering", 0.44),
    NON_STANDARD_CIVIL_ENGINEERING("non_standard_civil_engineering", 0.66),
    EQUIPMENT_DEVELOPMENT("equipment_development", 2.00);

    private final String key;
    private final double optimismBiasUpperBound;

    CostType(String key, double optimismBiasUpperBound) {
        this.key = key;
        this.optimismBiasUpperBound = optimismBiasUpperBound;
    }

    public String key() {
        return key;
    }

    public double optimismBiasUpperBound() {
        return optimismBiasUpperBound;
    }

    public static CostType of(String key) {
        for (CostType c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cost type " + key);
    }

    public static String[] keys() {
        CostType[] v = values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].key;
        }
        return out;
    }
}
