package cat.teixit.model.casefile;

import java.util.Optional;

/**
 * The purposes a person consents to (the catalogue of consents). Stored as the constant's name; a purpose a newer
 * workstation added shows as its code on an older one.
 */
public enum ConsentPurpose {
    /** Sharing the file with another service (a referral to a service or another municipality). */
    SHARING,
    /** Processing of health data (diagnoses, disability, dependency). */
    HEALTH_DATA,
    /** Pictures and recordings (group activities, publications). */
    IMAGE,
    /** Being contacted by message or email about the case. */
    CONTACT;

    /** The purpose of a stored code, if this workstation knows it. */
    public static Optional<ConsentPurpose> of(String code) {
        for (ConsentPurpose p : values()) {
            if (p.name().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
