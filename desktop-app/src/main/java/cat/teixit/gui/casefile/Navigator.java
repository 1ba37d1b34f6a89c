package cat.teixit.gui.casefile;

import java.util.UUID;

/** Lets any view open things in the workspace's tabs without knowing how tabs are built. Use from the FX thread. */
public interface Navigator {

    /** Opens (or selects) the tab of a case file. */
    void openCaseFile(UUID caseFileId);

    /** Opens what a person belongs to: their household's case file, or their own record. */
    void openPerson(UUID personId, UUID caseFileId);

    /** Opens the form for a new person (first visit). */
    void newPerson();

    /** Opens the form for a new person who joins {@code householdId}; {@code onAdded} runs once saved. */
    void newPersonInHousehold(UUID householdId, Runnable onAdded);

    /** Opens the booking form for a new appointment with {@code personId} about {@code caseFileId}. */
    void newAppointment(UUID caseFileId, UUID householdId, UUID personId, String withWhom);

    /** Enrols a case file's person in a group activity the user chooses. */
    void enrolInActivity(UUID caseFileId, UUID personId, String who, javafx.stage.Window owner);
}
