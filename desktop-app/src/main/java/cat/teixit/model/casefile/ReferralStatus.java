package cat.teixit.model.casefile;

/** Answer to a referral. */
public enum ReferralStatus {
    PENDING, ACCEPTED, REJECTED
}
