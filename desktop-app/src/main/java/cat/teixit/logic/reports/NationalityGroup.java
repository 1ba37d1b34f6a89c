package cat.teixit.logic.reports;

import java.util.Set;

/**
 * The nationality groups of the reports, from the country catalogue's codes (Hèstia): Spanish, another member state
 * of the European Union (the 27 as of 2020), any other country, and not recorded.
 */
public enum NationalityGroup {
    SPAIN, EU, NON_EU, UNKNOWN;

    private static final String SPAIN_CODE = "52";

    /** The other 26 member states' codes in the country catalogue. */
    private static final Set<String> EU_CODES = Set.of("3", "11", "16", "27", "41", "43", "50", "51", "54", "58", "59",
            "64", "77", "83", "86", "96", "101", "102", "110", "132", "140", "141", "147", "148", "165", "192");

    /** The group of a country code (null or blank: not recorded). */
    public static NationalityGroup of(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return UNKNOWN;
        }
        String c = countryCode.strip();
        return c.equals(SPAIN_CODE) ? SPAIN : EU_CODES.contains(c) ? EU : NON_EU;
    }
}
