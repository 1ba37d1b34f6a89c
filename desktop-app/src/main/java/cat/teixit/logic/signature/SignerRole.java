package cat.teixit.logic.signature;

import java.util.Locale;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Who signs a document by hand: the person attended, then the professional. */
@RequiredArgsConstructor
@Accessors(fluent = true)
public enum SignerRole {
    PERSON("Signatura de la persona atesa"),
    PROFESSIONAL("Signatura del professional");

    /** The text written as the signature's /Reason (documents are in Catalan). */
    @Getter
    private final String reason;

    /** The code used in field and attachment names: {@code person}, {@code professional}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of a signature field a template may reserve for this role. */
    public String fieldName() {
        return "signature-" + code();
    }

    /** The role whose /Reason is {@code reason}, or null. */
    public static SignerRole fromReason(String reason) {
        for (SignerRole r : values()) {
            if (r.reason.equals(reason)) {
                return r;
            }
        }
        return null;
    }
}
