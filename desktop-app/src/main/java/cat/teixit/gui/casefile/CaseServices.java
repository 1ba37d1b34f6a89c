package cat.teixit.gui.casefile;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.shell.Navigator;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.PlanService;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.logic.casefile.DraftService;
import cat.teixit.logic.casefile.HouseholdService;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.search.SearchService;

/**
 * What the case-file views need, handed over in one piece by the composition root. Immutable;
 * the services are thread-safe, the rest is used from the FX thread.
 */
public record CaseServices(CurrentUser user, CaseFileService caseFiles, PersonService people,
        HouseholdService households, InterventionService interventions, TimelineService timeline,
        ResourceService resources, PlanService plans, ReferralService referrals, AttachmentService attachments,
        SearchService search, CatalogueService catalogues, DraftService drafts, UiExecutor executor, I18n i18n,
        DialogService dialogs, Navigator navigator) {

    /** Runs a change in the background, then {@code then} on the FX thread; failures go to {@code onError} as message keys. */
    public void change(Runnable work, Runnable then, java.util.function.Consumer<Throwable> onError) {
        executor.run(() -> {
            work.run();
            return null;
        }, ok -> then.run(), onError);
    }
}
