package cat.teixit.model.groups;

/** Where a person stands in a group activity. */
public enum EnrolmentStatus { ENROLLED, WAITING, WITHDRAWN }
