package cat.teixit.gui.groups;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.search.SearchBox;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.groups.GroupActivityService.SessionItem;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.model.groups.Participant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The group activities area: the list of activities; the one selected with its figures, sessions (Enter, or the
 * button, opens a session's attendance) and people (enrol by the usual search; withdraw with a reason). Thin: the
 * view model holds the state.
 */
final class GroupsView extends NodeView<SplitPane> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Label said = new Label();
    private final GroupsViewModel vm;
    private final I18n i18n;
    private final ListView<SessionItem> sessions = new ListView<>();
    private final ListView<Participant> people = new ListView<>();

    /**
     * @param search     the person search to enrol someone (null: the user may not enrol)
     * @param attendance opens a session's attendance screen
     * @param create     opens the form of a new activity (null: the user may not create one)
     * @param edit       opens the form of an activity to change it (null: the user may not)
     */
    GroupsView(GroupsViewModel vm, I18n i18n, SearchViewModel search, Consumer<SessionItem> attendance,
            Runnable create, Consumer<ActivitySummary> edit) {
        super(new SplitPane());
        this.vm = vm;
        this.i18n = i18n;
        root.setId("groups-view");

        ListView<ActivitySummary> activities = new ListView<>(vm.activities);
        activities.setId("groups-activities");
        activities.setCellFactory(lv -> Choices.cell(this::activityText));
        activities.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected.set(b);
            }
        });
        vm.selected.addListener((o, a, b) -> {
            if (b != null && activities.getSelectionModel().getSelectedItem() != b) {
                activities.getSelectionModel().select(b);
            }
        });
        Button newOne = Buttons.action(i18n, "groups-new", "groups.new", create == null ? () -> { } : create);
        newOne.getStyleClass().add(Styles.ACCENT);
        newOne.setVisible(create != null);
        newOne.setManaged(create != null);
        VBox.setVgrow(activities, Priority.ALWAYS);
        VBox left = new VBox(8, newOne, activities);
        left.setPadding(new Insets(12, 0, 12, 12));
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("groups.empty"));
        activities.setPlaceholder(empty);

        Label title = new Label();
        title.setId("groups-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Button change = Buttons.action(i18n, "groups-edit", "groups.edit", () -> {
            if (edit != null && vm.selected.get() != null) {
                edit.accept(vm.selected.get());
            }
        });
        change.setVisible(edit != null);
        change.setManaged(edit != null);
        change.disableProperty().bind(vm.selected.isNull());
        change.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, change);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label info = new Label();
        info.setId("groups-info");
        info.setWrapText(true);
        Label figures = new Label();
        figures.setId("groups-figures");
        figures.getStyleClass().add(Styles.TEXT_BOLD);
        vm.detail.addListener((o, a, d) -> {
            ActivitySummary r = vm.selected.get();
            title.setText(r == null ? "" : r.title());
            info.setText(r == null ? "" : info(r));
            figures.setText(d == null ? "" : figures(d.figures()));
            sessions.getItems().setAll(d == null ? java.util.List.of() : d.sessions());
            people.getItems().setAll(d == null ? java.util.List.of() : d.participants());
        });

        sessions.setId("groups-sessions");
        sessions.setCellFactory(lv -> Choices.cell(this::sessionText));
        sessions.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && sessions.getSelectionModel().getSelectedItem() != null) {
                attendance.accept(sessions.getSelectionModel().getSelectedItem());
                k.consume();
            }
        });
        Button take = Buttons.action(i18n, "groups-attendance", "groups.attendance.open",
                () -> {
                    SessionItem s = sessions.getSelectionModel().getSelectedItem();
                    if (s != null) {
                        attendance.accept(s);
                    }
                });
        take.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        Button sheet = Buttons.action(i18n, "groups-sheet", "groups.sheet", () -> {
            SessionItem s = sessions.getSelectionModel().getSelectedItem();
            if (s != null) {
                vm.printSheet(s, i18n.language(), this::say);
            }
        });
        sheet.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        Button cancel = new Button();
        cancel.setId("groups-cancel-session");
        cancel.textProperty().bind(Bindings.createStringBinding(() -> {
            SessionItem s = sessions.getSelectionModel().getSelectedItem();
            return i18n.t(s != null && s.cancelled() ? "groups.session.restore" : "groups.session.cancel");
        }, sessions.getSelectionModel().selectedItemProperty(), i18n.languageProperty()));
        cancel.setOnAction(e -> {
            SessionItem s = sessions.getSelectionModel().getSelectedItem();
            if (s != null) {
                vm.setCancelled(s, !s.cancelled());
            }
        });
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> search == null
                || sessions.getSelectionModel().getSelectedItem() == null,
                sessions.getSelectionModel().selectedItemProperty()));
        Label sessionsHead = heading("groups.sessions");
        VBox.setVgrow(sessions, Priority.ALWAYS);
        // The actions keep their whole labels: in a narrow column they go on a second line.
        javafx.scene.layout.FlowPane sessionActions = new javafx.scene.layout.FlowPane(8, 6, take, sheet, cancel);
        for (Button b : java.util.List.of(take, sheet, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox sessionsBox = new VBox(6, sessionsHead, sessions, sessionActions);

        people.setId("groups-participants");
        people.setCellFactory(lv -> new ParticipantCell());
        Button withdraw = Buttons.action(i18n, "groups-withdraw", "groups.withdraw", this::askWithdraw);
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Participant p = people.getSelectionModel().getSelectedItem();
            return search == null || p == null || p.status() == EnrolmentStatus.WITHDRAWN;
        }, people.getSelectionModel().selectedItemProperty()));
        HBox peopleActions = new HBox(8);
        peopleActions.setAlignment(Pos.CENTER_LEFT);
        if (search != null) {
            SearchBox enrol = new SearchBox(search, i18n, hit -> {
                if (hit != null) {
                    vm.enrol(hit.personId(), hit.caseFileId(), hit.givenName() + " " + hit.surname1());
                }
            });
            enrol.node().setId("groups-enrol-search");
            ((javafx.scene.control.TextField) enrol.node()).promptTextProperty().bind(i18n.bind("groups.enrol"));
            HBox.setHgrow(enrol.node(), Priority.ALWAYS);
            peopleActions.getChildren().add(enrol.node());
        }
        Button certificate = Buttons.action(i18n, "groups-certificate", "groups.certificate", () -> {
            Participant p = people.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.printCertificate(p, i18n.language(), this::say);
            }
        });
        certificate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Participant p = people.getSelectionModel().getSelectedItem();
            return p == null || p.status() == EnrolmentStatus.WAITING;
        }, people.getSelectionModel().selectedItemProperty()));
        // The search on a line of its own: the buttons keep their whole labels beside a usable field.
        HBox personButtons = new HBox(8);
        personButtons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : java.util.List.of(withdraw, certificate)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            personButtons.getChildren().add(b);
        }
        VBox.setVgrow(people, Priority.ALWAYS);
        VBox peopleBox = new VBox(6, heading("groups.participants"), people, peopleActions, personButtons);

        HBox lists = new HBox(12, sessionsBox, peopleBox);
        HBox.setHgrow(sessionsBox, Priority.ALWAYS);
        HBox.setHgrow(peopleBox, Priority.ALWAYS);
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label error = new Label();
        error.setId("groups-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorText);
        said.setId("groups-said");
        said.setWrapText(true);
        vm.errorText.addListener((o, a, b) -> said.setText(""));
        VBox detail = new VBox(8, titleRow, info, figures, lists, said, error);
        detail.setPadding(new Insets(12));

        root.getItems().addAll(left, detail);
        root.setDividerPositions(0.28);
    }

    /** Tells what became of a printout (sent to the printer, or only saved: where). */
    private void say(String key, java.nio.file.Path file) {
        said.setText(i18n.t(key, file.toString()));
    }

    private String info(ActivitySummary r) {
        StringBuilder sb = new StringBuilder(r.programme()).append(" · ").append(i18n.formatDate(r.startsOn()))
                .append(" – ").append(i18n.formatDate(r.endsOn())).append(" · ");
        GroupActivityService.weekdays(r.weekdays()).forEach(d -> sb.append(d.getDisplayName(TextStyle.SHORT,
                i18n.language().locale())).append(' '));
        sb.append(r.startTime()).append('–').append(r.endTime());
        if (r.place() != null) {
            sb.append(" · ").append(r.place());
        }
        if (r.facilitators() != null) {
            sb.append('\n').append(i18n.t("groups.facilitators", r.facilitators()));
        }
        if (r.targetGroup() != null) {
            sb.append('\n').append(i18n.t("groups.target", r.targetGroup()));
        }
        return sb.toString();
    }

    private String figures(GroupActivityService.Figures f) {
        return i18n.t("groups.figures", f.enrolled(), vm.selected.get().capacity(), f.waiting(),
                f.dropOuts(), Math.round(f.attendanceRate() * 100), f.sessions());
    }

    private void askWithdraw() {
        Participant p = people.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(i18n.t("groups.withdraw.title"));
        ask.setHeaderText(i18n.t("groups.withdraw.message", p.personName()));
        ask.getEditor().setId("groups-withdraw-reason");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().ifPresent(reason -> vm.withdraw(p, reason));
    }

    private Label heading(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    @Override
    protected void onShown() {
        vm.reload();
    }

    /**
     * An activity: its title, programme and places taken, and its dates (a programme runs the same activity again
     * each term: the dates tell the editions apart).
     */
    private String activityText(ActivitySummary r) {
        return r.title() + "\n" + r.programme() + " · " + i18n.t("groups.places", r.enrolled(), r.capacity()) + "\n"
                + i18n.formatDate(r.startsOn()) + " – " + i18n.formatDate(r.endsOn());
    }

    /** A session: its day and times, cancelled or not. */
    private String sessionText(SessionItem s) {
        ZonedDateTime start = s.startsAt().atZone(GroupActivityService.ZONE);
        String text = start.getDayOfWeek().getDisplayName(TextStyle.SHORT, i18n.language().locale()) + " "
                + i18n.formatDate(start.toLocalDate()) + "  " + TIME.format(start) + "–"
                + TIME.format(s.endsAt().atZone(GroupActivityService.ZONE));
        return s.cancelled() ? text + " · " + i18n.t("groups.session.cancelled") : text;
    }

    /** A person: name, case number, state (and who promoted them from the waiting list, when). */
    private final class ParticipantCell extends ListCell<Participant> {
        @Override
        protected void updateItem(Participant p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                return;
            }
            StringBuilder sb = new StringBuilder(p.personName());
            if (p.caseNumber() != null) {
                sb.append(" · ").append(p.caseNumber());
            }
            sb.append(" · ").append(i18n.t(EnumLabels.enrolmentStatus(p.status())));
            if (p.status() == EnrolmentStatus.WAITING) {
                long ahead = getListView().getItems().stream().limit(getIndex())
                        .filter(x -> x.status() == EnrolmentStatus.WAITING).count();
                sb.append(' ').append(i18n.t("groups.waitingPosition", ahead + 1));
            }
            if (p.promotedAt() != null) {
                sb.append('\n').append(i18n.t("groups.promoted",
                        i18n.formatDate(p.promotedAt().atZone(GroupActivityService.ZONE).toLocalDate()),
                        p.promotedByName() == null ? "?" : p.promotedByName()));
            }
            if (p.withdrawnReason() != null) {
                sb.append('\n').append(p.withdrawnReason());
            }
            setText(sb.toString());
        }
    }
}
