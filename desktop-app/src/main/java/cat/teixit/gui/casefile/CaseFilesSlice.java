package cat.teixit.gui.casefile;

import cat.teixit.gui.shell.Feature;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.reports.ReportFiles;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.signature.SignatureService;
import cat.teixit.logic.casefile.AttachmentService;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.DraftService;
import cat.teixit.logic.casefile.HouseholdService;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.PlanService;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.util.Optional;

/**
 * The case files feature (people, households, case files and everything recorded on them, and the
 * search box): opened for users who may see case files. Thread-safe.
 */
public final class CaseFilesSlice implements Slice {

    /** The use cases the case-file screens call, built once by the composition root. */
    public record Services(CaseFileService caseFiles, PersonService people, HouseholdService households,
            InterventionService interventions, TimelineService timeline, ResourceService resources, PlanService plans,
            ReferralService referrals, AttachmentService attachments, SearchService search, CatalogueService catalogues,
            DraftService drafts, DocumentService documents, SignatureService signatures,
            AppointmentService agenda, ReportService reports, ReportFiles reportFiles, GroupActivityService groups,
            cat.teixit.logic.casefile.ConsentService consents, cat.teixit.logic.privacy.SubjectAccess subjectAccess) {
    }

    private final Services services;
    private final AccessPolicy access;

    public CaseFilesSlice(Services services, AccessPolicy access) {
        this.services = services;
        this.access = access;
    }

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!access.allows(shell.user(), Permission.VIEW_CASE_FILES)) {
            return Optional.empty();
        }
        return Optional.of(new CaseFilesFeature(shell, services));
    }
}
