package cat.teixit.model.casefile;

/** What a referral (derivació) goes to. */
public enum ReferralTargetKind {
    SERVICE, PROFESSIONAL, TEAM, MUNICIPALITY
}
