package cat.teixit.logic.reports;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of the reports, by age on the period's last day. */
public enum AgeBand {
    UNDER_18(0), FROM_18_TO_29(18), FROM_30_TO_44(30), FROM_45_TO_64(45), FROM_65_TO_79(65), FROM_80(80), UNKNOWN(-1);

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of someone born on {@code birth} on {@code on}; UNKNOWN without a birth date or born later. */
    public static AgeBand of(LocalDate birth, LocalDate on) {
        if (birth == null || birth.isAfter(on)) {
            return UNKNOWN;
        }
        int age = Period.between(birth, on).getYears();
        AgeBand band = UNDER_18;
        for (AgeBand b : values()) {
            if (b.from >= 0 && age >= b.from) {
                band = b;
            }
        }
        return band;
    }
}
