package cat.teixit.model.groups;

/** A participant's attendance at one session. */
public enum AttendanceMark { PRESENT, ABSENT, EXCUSED }
