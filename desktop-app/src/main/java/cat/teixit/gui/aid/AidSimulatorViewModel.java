package cat.teixit.gui.aid;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.aid.AidPrintout;
import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.aid.AidSimulator;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.aid.InvalidHouseholdException;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.MissingDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The aid simulator's screen: a household typed at the front desk (nothing stored) or prefilled from one of the
 * user's case files and then changed freely (what-if: the case file is never changed), every aid's result with its
 * reasoning, and the result printed as the {@code aid-simulation} document filed in the case file. Use from the FX
 * thread.
 */
public final class AidSimulatorViewModel {

    /** The document template the result is printed with. */
    static final String TEMPLATE = "aid-simulation";

    /** One member of the household as typed. */
    public static final class MemberRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
        final ObjectProperty<Household.Role> role = new SimpleObjectProperty<>(Household.Role.OTHER);
        public final StringProperty income = new SimpleStringProperty("0");
        final ObjectProperty<Household.IncomeKind> incomeKind = new SimpleObjectProperty<>(Household.IncomeKind.NONE);
        final StringProperty disability = new SimpleStringProperty("0");
        public final StringProperty monthsSpain = new SimpleStringProperty("");
        public final StringProperty monthsCatalonia = new SimpleStringProperty("");
        final BooleanProperty singleParent = new SimpleBooleanProperty();
        final BooleanProperty victim = new SimpleBooleanProperty();
    }

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final AidSimulator simulator;
    private final CaseFileService caseFiles;
    private final DocumentService documents;
    private final boolean mayFile;
    private final Function<Throwable, String> describe;
    private final Function<String, String> municipalityName;
    private final SystemViewer viewer;
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty municipality = new SimpleStringProperty("");
    final StringProperty assets = new SimpleStringProperty("0");
    final StringProperty constitutedMonths = new SimpleStringProperty("");
    final BooleanProperty largeFamily = new SimpleBooleanProperty();
    final BooleanProperty followed = new SimpleBooleanProperty();
    final BooleanProperty regulatedTariff = new SimpleBooleanProperty(true);
    public final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    public final ObservableList<CaseFileService.CaseFileSummary> caseChoices = FXCollections.observableArrayList();
    public final ObjectProperty<CaseFileService.CaseFileSummary> caseFile = new SimpleObjectProperty<>();
    public final ObservableList<AidResult> results = FXCollections.observableArrayList();
    public final StringProperty error = new SimpleStringProperty();
    public final StringProperty filed = new SimpleStringProperty();
    /** What the result comes to, in one or two sentences: the aids it may get, the monthly total, what cannot be told. */
    public final StringProperty summary = new SimpleStringProperty();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    private LocalDate simulatedOn;

    /**
     * @param mayFile whether the user may file documents in case files
     * @param describe a failure as a translated sentence
     * @param municipalityName a municipality's name from its code in the case file
     * @param viewer where a printout is shown to print it
     */
    public AidSimulatorViewModel(CurrentUser user, UiExecutor executor, I18n i18n, AidSimulator simulator,
            CaseFileService caseFiles, DocumentService documents, boolean mayFile, Function<Throwable, String> describe,
            Function<String, String> municipalityName, SystemViewer viewer, LocalDate today) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.simulator = simulator;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.mayFile = mayFile;
        this.describe = describe;
        this.municipalityName = municipalityName;
        this.viewer = viewer;
        date.set(today);
        anonymous();
    }

    public boolean mayFile() {
        return mayFile;
    }

    /** Reads the user's case files to choose from. */
    public void load() {
        executor.run(() -> caseFiles.mine(user), caseChoices::setAll, e -> error.set(describe.apply(e)));
    }

    /** A new anonymous household: one adult, nothing else known, no case file. */
    public void anonymous() {
        caseFile.set(null);
        members.clear();
        MemberRow m = addMember();
        m.role.set(Household.Role.REFERENCE);
        municipality.set("");
        assets.set("0");
        constitutedMonths.set("");
        largeFamily.set(false);
        followed.set(false);
        regulatedTariff.set(true);
        results.clear();
        summary.set(null);
        error.set(null);
        filed.set(null);
    }

    public MemberRow addMember() {
        MemberRow m = new MemberRow();
        members.add(m);
        return m;
    }

    public void removeMember(MemberRow m) {
        members.remove(m);
    }

    /**
     * Prefills the household from case file {@code c} (its current members, their birth dates and the reference
     * person, the municipality); what the case file does not hold (incomes, residence) is left for the user. Nothing
     * in the case file changes.
     */
    public void prefill(CaseFileService.CaseFileSummary c) {
        caseFile.set(c);
        if (c == null) {
            return;
        }
        Background.whileBusy(executor, busy, () -> caseFiles.load(user, c.id()), this::fill,
                e -> error.set(describe.apply(e)));
    }

    private void fill(CaseFileDetails d) {
        members.clear();
        results.clear();
        summary.set(null);
        error.set(null);
        filed.set(null);
        municipality.set(d.municipality() == null ? "" : municipalityName.apply(d.municipality()));
        for (CaseFileDetails.Member m : d.members()) {
            MemberRow r = addMember();
            r.name.set(m.displayName());
            r.birthDate.set(m.birthDate());
            r.role.set(m.reference() ? Household.Role.REFERENCE : m.birthDate() != null
                    && m.birthDate().plusYears(18).isAfter(date.get()) ? Household.Role.CHILD : Household.Role.OTHER);
        }
    }

    /** Checks the form and simulates every aid; a field that cannot be read is named and nothing runs. */
    public void simulate() {
        filed.set(null);
        Optional<Household> h = household();
        if (h.isEmpty()) {
            results.clear();
            summary.set(null);
            return;
        }
        error.set(null);
        Background.whileBusy(executor, busy, () -> simulator.simulate(h.get()), list -> {
            simulatedOn = h.get().date();
            results.setAll(list);
            summary.set(summary(list));
        }, e -> {
            results.clear();
            summary.set(null);
            error.set(e instanceof InvalidHouseholdException ? i18n.t("aid.error.household", e.getMessage())
                    : describe.apply(e));
        });
    }

    /**
     * Shows the result as the {@code aid-simulation} document to print it, filing nothing: at the front desk (no case
     * file: the document names no one, and the household typed is not kept) or from a case file without filing it.
     * The copy opened in the viewer is the data directory's viewing copy, removed at the next start.
     */
    public void print() {
        if (results.isEmpty()) {
            error.set(i18n.t("aid.error.noResult"));
            return;
        }
        CaseFileService.CaseFileSummary c = caseFile.get();
        var language = i18n.language();
        Map<String, Object> aid = AidPrintout.of(simulatedOn, List.copyOf(results), language);
        error.set(null);
        filed.set(null);
        Background.whileBusy(executor, busy, () -> {
            DocumentService.Rendered r = documents.render(user, TEMPLATE, language, c == null ? null : c.id(),
                    Map.of("aid", aid));
            java.nio.file.Path file = documents.forViewing(r.pdf(), r.fileName());
            String key = SystemViewer.message(viewer.showOrPrint(file));
            return key == null ? null : i18n.t(key, file.toString());
        }, filed::set, this::printFailed);
    }

    private String summary(List<AidResult> list) {
        var language = i18n.language();
        List<String> eligible = list.stream().filter(r -> r.verdict() == AidResult.Verdict.ELIGIBLE)
                .map(r -> AidPrintout.name(r.aid(), language)).toList();
        List<String> unknown = list.stream().filter(r -> r.verdict() == AidResult.Verdict.CANNOT_TELL)
                .map(r -> AidPrintout.name(r.aid(), language)).toList();
        long cents = list.stream().filter(r -> r.verdict() == AidResult.Verdict.ELIGIBLE && r.monthlyAmount() != null)
                .mapToLong(r -> r.monthlyAmount().movePointRight(2).longValue()).sum();
        StringBuilder b = new StringBuilder(eligible.isEmpty() ? i18n.t("aid.summary.none")
                : i18n.t("aid.summary", eligible.size(), String.join(", ", eligible)));
        if (cents > 0) {
            b.append(' ').append(i18n.t("aid.summary.total", Amounts.format(cents, language)));
        }
        if (!unknown.isEmpty()) {
            b.append(' ').append(i18n.t("aid.summary.cannotTell", String.join(", ", unknown)));
        }
        return b.toString();
    }

    /** Prints the result shown as the {@code aid-simulation} document and files it in the chosen case file. */
    public void printAndFile() {
        CaseFileService.CaseFileSummary c = caseFile.get();
        if (c == null || results.isEmpty() || !mayFile) {
            error.set(i18n.t("aid.error.noCase"));
            return;
        }
        Map<String, Object> aid = AidPrintout.of(simulatedOn, List.copyOf(results), i18n.language());
        var language = i18n.language();
        filed.set(null);
        Background.whileBusy(executor, busy, () -> documents.renderAndFile(user, TEMPLATE, language, c.id(),
                Map.of("aid", aid)), r -> filed.set(i18n.t("aid.filed", r.fileName(), c.number())), this::printFailed);
    }

    private void printFailed(Throwable e) {
        error.set(e instanceof MissingDataException m ? i18n.t("document.error.missing", String.join(", ", m.placeholders()))
                : describe.apply(e));
    }

    /** The household typed, or empty with {@link #error} naming the first field that cannot be read. */
    Optional<Household> household() {
        return HouseholdReader.read(this, i18n);
    }

    Optional<Household> fail(String key, Object... args) {
        error.set(i18n.t(key, args));
        return Optional.empty();
    }
}
