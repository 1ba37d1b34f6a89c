package cat.teixit.logic.reports;

/** Age bands of the reports, by age on the period's last day (counted in SQL). */
public enum AgeBand {
    UNDER_18(0), FROM_18_TO_29(18), FROM_30_TO_44(30), FROM_45_TO_64(45), FROM_65_TO_79(65), FROM_80(80), UNKNOWN(-1);

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of an age in years; UNKNOWN for none or a negative one (born after the day). */
    public static AgeBand of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        AgeBand band = UNDER_18;
        for (AgeBand b : values()) {
            if (b.from >= 0 && age >= b.from) {
                band = b;
            }
        }
        return band;
    }
}
