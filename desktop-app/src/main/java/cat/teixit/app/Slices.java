package cat.teixit.app;

import cat.teixit.gui.agenda.AgendaSlice;
import cat.teixit.gui.aid.AidSlice;
import cat.teixit.gui.casefile.CaseFilesSlice;
import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.groups.GroupsSlice;
import cat.teixit.gui.settings.SettingsSlice;
import cat.teixit.gui.shell.Slice;
import cat.teixit.gui.sync.SyncSlice;
import cat.teixit.logic.security.LockSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The workstation's features, in sidebar order, each given the services it needs: one line a feature.
 * A new area (agenda, documents, reports...) is its slice and one line here.
 */
final class Slices {

    private Slices() {
    }

    static List<Slice> of(Workstation w, ThemeSwitcher theme, Path dataDir, LockSettings lock,
            Predicate<String> managed) {
        return List.of(
                new CaseFilesSlice(new CaseFilesSlice.Services(w.caseFiles(), w.people(), w.households(),
                        w.interventions(), w.timeline(), w.resources(), w.plans(), w.referrals(), w.attachments(),
                        w.search(), w.catalogues(), w.drafts(), w.documents(), w.signatures(), w.agenda(), w.reports(),
                        w.reportFiles(), w.groups(), w.consents(), w.subjectAccess()),
                        w.access()),
                new AgendaSlice(w.agenda(), w.documents(), w.search(), w.access()),
                new GroupsSlice(w.groups(), w.documents(), w.search(), w.access()),
                new AidSlice(w.aids(), w.aidScan(), w.caseFiles(), w.documents(), w.catalogues(), w.access()),
                new cat.teixit.gui.audit.AuditSlice(w.audit(), w.auditPrintout()),
                new cat.teixit.gui.emergency.EmergencySlice(w.emergency(), w.access(), w::syncSoon),
                new cat.teixit.gui.directory.DirectorySlice(w.directory(), w.directorySheets(), w.documents(),
                        w.caseFiles(), w.referrals(), w.access()),
                new SyncSlice(w.sync(), w.conflicts(), w.syncNotices(), w.catalogues(), w.access()),
                new SettingsSlice(theme, dataDir, Version.current(), lock, managed));
    }
}
