package cat.teixit.logic.directory;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PageTemplate;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.directory.EntryRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/**
 * The sheet a professional hands to the person: one directory entry's details (what it is, for whom, what to bring,
 * where, when, how to reach it) on the council's page as PDF/A, through the documents area's page path; printed from
 * a case file, it is filed in the case file. Thread-safe.
 */
@RequiredArgsConstructor
public final class DirectorySheet {

    private static final PageTemplate SHEET = PageTemplate.of("/directory/sheet.peb");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DirectoryService directory;
    private final DocumentService documents;
    private final Clock clock;

    /** The sheet of entry {@code entryId} in {@code language}. */
    public DocumentService.Rendered sheet(CurrentUser user, UUID entryId, Language language) {
        EntryRow e = directory.entry(user, entryId).orElseThrow(() -> new NotFoundException("directoryEntry"));
        BundleTexts t = new BundleTexts(language);
        List<Map<String, Object>> rows = new ArrayList<>();
        row(rows, t.t("directory.field.audience"), e.audience());
        row(rows, t.t("directory.field.requirements"), e.requirements());
        row(rows, t.t("directory.field.address"), e.address() == null ? e.municipality()
                : e.municipality() == null ? e.address() : e.address() + ", " + e.municipality());
        row(rows, t.t("directory.field.openingHours"), e.openingHours());
        row(rows, t.t("directory.field.phone"), e.phone());
        row(rows, t.t("directory.field.email"), e.email());
        row(rows, t.t("directory.field.web"), e.web());
        if (e.latitude() != null && e.longitude() != null) {
            row(rows, t.t("directory.field.coordinates"), String.format(Locale.ROOT, "%.5f, %.5f", e.latitude(),
                    e.longitude()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", e.name());
        model.put("administration", e.administration() == null ? "" : e.administration());
        model.put("category", t.t(DirectoryService.categoryKey(e.category())));
        model.put("rows", rows);
        model.put("note", t.t("directory.sheet.note", SHORT.format(LocalDate.now(clock.withZone(
                cat.teixit.logic.casefile.CaseDeps.ZONE)))));
        String title = t.t("directory.sheet.title", e.name());
        byte[] pdf = documents.renderPage(title, SHEET.fill(model, language), language);
        String fileName = title.replaceAll("[^\\p{L}\\p{N} ._-]", "_") + ".pdf";
        return new DocumentService.Rendered(Ids.newId(), title, fileName, pdf);
    }

    /** The sheet of entry {@code entryId}, filed in case file {@code caseFileId} (needs EDIT_CASE_FILES). */
    public DocumentService.Rendered sheetForCase(CurrentUser user, UUID entryId, UUID caseFileId, Language language) {
        return documents.file(user, caseFileId, sheet(user, entryId, language));
    }

    private static void row(List<Map<String, Object>> rows, String label, String text) {
        if (text != null && !text.isBlank()) {
            rows.add(Map.of("label", label, "text", text));
        }
    }
}
