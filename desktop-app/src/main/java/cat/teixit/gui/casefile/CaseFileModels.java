package cat.teixit.gui.casefile;

/**
 * The view models of one open case file, one per part of its tab, built together so that a change in
 * one part reaches the others (a saved resource appears in the social history). Immutable.
 */
record CaseFileModels(CaseFileViewModel file, TimelineViewModel timeline, InterventionFormViewModel intervention,
        HouseholdViewModel household, PlanViewModel plan, DemandsViewModel demands, ReferralsViewModel referrals,
        DocumentsViewModel documents, ConsentsViewModel consents) {
}
