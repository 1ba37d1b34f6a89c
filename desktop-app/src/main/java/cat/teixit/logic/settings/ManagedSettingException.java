package cat.teixit.logic.settings;

/** A change of a setting that the computer's managed settings file locks: refused, nothing changed. */
public final class ManagedSettingException extends RuntimeException {

    private final String key;

    public ManagedSettingException(String key) {
        super("The setting " + key + " is managed by the IT department (system-wide settings file)");
        this.key = key;
    }

    /** The setting's key. */
    public String key() {
        return key;
    }
}
