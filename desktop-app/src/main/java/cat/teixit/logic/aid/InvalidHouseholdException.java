package cat.teixit.logic.aid;

/** A household the simulator refuses (no members, a negative income...): the message says what and where. */
public final class InvalidHouseholdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidHouseholdException(String message) {
        super(message);
    }
}
