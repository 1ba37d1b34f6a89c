package cat.teixit.gui.audit;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.audit.AuditPrintout;
import cat.teixit.logic.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The audit feature: the area "Auditoria" (Ctrl+7) for team leads: who accessed a case file, what a professional of
 * the team did in a period, the list as PDF/A. Opened only for users the permission matrix grants {@code VIEW_AUDIT}.
 * Thread-safe.
 */
public final class AuditSlice implements Slice {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN);

    private final AuditTrail audit;
    private final AuditPrintout printout;

    public AuditSlice(AuditTrail audit, AuditPrintout printout) {
        this.audit = audit;
        this.printout = printout;
    }

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!audit.mayRead(shell.user())) {
            return Optional.empty();
        }
        Area area = new Area("audit", "area.audit", AppIcon.LOCK, OPEN, true, false,
                () -> new AuditView(new AuditViewModel(shell.user(), shell.executor(), shell.i18n(), audit, printout,
                        LocalDate.now(I18n.ZONE)), shell.i18n()));
        return Optional.of(new Feature() {
            @Override
            public List<Area> areas() {
                return List.of(area);
            }

            @Override
            public void start() {
                // The case file's "Who accessed it" opens this area on that case file.
                shell.workspace().setCaseFileAuditOpener((id, number) -> {
                    View v = shell.workspace().open("area-" + area.id(), shell.i18n().bind(area.labelKey()),
                            area.icon().node(), area.closable(), area.factory());
                    if (v instanceof AuditView a) {
                        a.showCaseFile(id, number);
                    }
                });
            }

            @Override
            public void stop() {
                shell.workspace().setCaseFileAuditOpener(null);
            }
        });
    }
}
