package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.groups.AttendanceMark;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The social history: filter chips by kind, a date range, and the entries newest first in a
 * virtualised list (thousands of entries scroll smoothly). Use from the FX thread.
 */
final class TimelinePane {

    private final BorderPane root = new BorderPane();
    private final ListView<TimelineEntry> list = new ListView<>();

    private final javafx.scene.control.ComboBox<cat.teixit.logic.casefile.CaseFileService.Colleague> author =
            new javafx.scene.control.ComboBox<>();

    TimelinePane(TimelineViewModel vm, I18n i18n, Node editor, Codes codes, java.util.function.Consumer<TimelineEntry> onOpen) {
        FlowPane chips = new FlowPane(6, 6);
        Label filterLabel = new Label();
        filterLabel.setGraphic(AppIcon.FILTER.node(16));
        filterLabel.textProperty().bind(i18n.bind("timeline.filter"));
        chips.getChildren().add(filterLabel);
        for (TimelineEntry.Kind k : TimelineEntry.Kind.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("timeline-chip-" + k.name().toLowerCase(java.util.Locale.ROOT));
            chip.textProperty().bind(i18n.bind(EntryLabels.kind(k)));
            chip.setGraphic(EntryLabels.icon(k).node(14));
            chip.getStyleClass().add(Styles.SMALL);
            chip.selectedProperty().addListener((o, a, on) -> vm.toggleKind(k, on));
            chips.getChildren().add(chip);
        }
        DatePicker from = Fields.date(i18n, "timeline-from", vm.from);
        from.setPrefWidth(130);
        from.promptTextProperty().bind(i18n.bind("timeline.from"));
        DatePicker to = Fields.date(i18n, "timeline-to", vm.to);
        to.setPrefWidth(130);
        to.promptTextProperty().bind(i18n.bind("timeline.to"));
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("timeline.count", vm.entries.size()),
                vm.entries, i18n.shownLanguage()));
        author.setId("timeline-author");
        author.getItems().add(null);
        author.setConverter(Forms.converter(cat.teixit.logic.casefile.CaseFileService.Colleague::displayName));
        author.promptTextProperty().bind(i18n.bind("timeline.author.all"));
        author.setButtonCell(Choices.cell(cat.teixit.logic.casefile.CaseFileService.Colleague::displayName,
                () -> i18n.t("timeline.author.all")));
        author.valueProperty().addListener((o, a, c) -> vm.author.set(c == null ? null : c.id()));
        chips.getChildren().addAll(author, from, to, count);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setPadding(new Insets(8, 0, 8, 0));

        list.setId("timeline-list");
        list.setItems(vm.entries);
        list.setCellFactory(lv -> new EntryCell(i18n, codes));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("timeline.empty"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        root.setTop(new VBox(8, editor, chips));
        root.setCenter(list);
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    /** The professionals to filter by (loaded in the background by the case file). */
    void setColleagues(java.util.List<cat.teixit.logic.casefile.CaseFileService.Colleague> colleagues) {
        var selected = author.getValue();
        author.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList(null)));
        author.getItems().addAll(colleagues);
        author.setValue(selected);
    }

    /** One entry: icon, date and author, what it is, and its text (or a confidentiality notice). */
    private static final class EntryCell extends ListCell<TimelineEntry> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        private final I18n i18n;
        private final Codes codes;
        private final Label icon = new Label();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label text = new Label();
        private final HBox box;

        EntryCell(I18n i18n, Codes codes) {
            this.i18n = i18n;
            this.codes = codes;
            title.getStyleClass().add(Styles.TEXT_BOLD);
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            text.setWrapText(true);
            text.setMaxHeight(60);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(8, title, spacer, meta);
            VBox body = new VBox(2, head, text);
            HBox.setHgrow(body, Priority.ALWAYS);
            box = new HBox(10, icon, body);
            box.setPadding(new Insets(4, 2, 4, 2));
            text.prefWidthProperty().bind(widthProperty().subtract(70));
        }

        @Override
        protected void updateItem(TimelineEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            icon.setGraphic(EntryLabels.icon(e.kind()).node(18));
            String what = i18n.t(EntryLabels.kind(e.kind()));
            String sub = subtype(e);
            title.setText(sub == null ? what : what + " · " + sub);
            // The author is unknown here when they never logged in on this workstation: left out, not blank.
            String who = e.authorName() == null ? "" : " · " + e.authorName();
            String person = e.personName() == null ? "" : " · " + e.personName();
            meta.setText(e.at().atZone(I18n.ZONE).format(WHEN) + who + person);
            if (e.hidden()) {
                text.setText(i18n.t("timeline.confidentialHidden"));
                text.setGraphic(AppIcon.LOCK.node(14));
                text.getStyleClass().add(Styles.TEXT_MUTED);
            } else {
                text.setText(summary(e));
                text.setGraphic(e.confidential() ? AppIcon.LOCK.node(14) : null);
                text.getStyleClass().remove(Styles.TEXT_MUTED);
            }
            setGraphic(box);
        }

        private String subtype(TimelineEntry e) {
            if (e.subtype() == null) {
                return null;
            }
            return switch (e.kind()) {
                case INTERVENTION -> {
                    try {
                        yield i18n.t(EnumKeys.interventionKind(InterventionKind.valueOf(e.subtype())));
                    } catch (IllegalArgumentException x) {
                        yield e.subtype();
                    }
                }
                case EVENT -> i18n.t(EntryLabels.eventKind(e.subtype()));
                case DEMAND -> codes.label(Catalogue.DEMAND_AREA, e.subtype());
                case ASSESSMENT -> e.subtype() == null ? null : codes.label(Catalogue.RISK_LEVEL, e.subtype());
                case RESOURCE -> {
                    try {
                        yield i18n.t(EntryLabels.resourceStatus(ResourceStatus.valueOf(e.subtype())));
                    } catch (IllegalArgumentException x) {
                        yield e.subtype();
                    }
                }
                case REFERRAL -> {
                    try {
                        yield i18n.t(EntryLabels.referralStatus(ReferralStatus.valueOf(e.subtype())));
                    } catch (IllegalArgumentException x) {
                        yield e.subtype();
                    }
                }
                case DOCUMENT -> null;
                case APPOINTMENT -> appointment(e.subtype());
                case ATTENDANCE -> attendance(e.subtype());
            };
        }

        /** An appointment's kind and status ({@code FIRST_VISIT/ATTENDED}) in words. */
        private String appointment(String subtype) {
            String[] parts = subtype.split("/", 2);
            try {
                return i18n.t(EnumKeys.appointmentKind(AppointmentKind.valueOf(parts[0]))) + " · "
                        + i18n.t(EnumKeys.appointmentStatus(AppointmentStatus.valueOf(parts[1])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException x) {
                return subtype;
            }
        }

        /** A group session's attendance mark ({@code PRESENT}) in words. */
        private String attendance(String mark) {
            try {
                return i18n.t(EnumLabels.attendanceMark(AttendanceMark.valueOf(mark)));
            } catch (IllegalArgumentException x) {
                return mark;
            }
        }

        /** The entry's text, with codes shown as their labels. */
        private String summary(TimelineEntry e) {
            String text = e.summary() == null ? "" : e.summary();
            return switch (e.kind()) {
                case RESOURCE -> codes.label(Catalogue.RESOURCE_TYPE, text);
                case ASSESSMENT -> {
                    String[] parts = text.split(" · ", 2);
                    String problems = String.join(", ", java.util.Arrays.stream(parts[0].split(","))
                            .map(c -> codes.label(Catalogue.PROBLEM_CATEGORY, c.strip())).toList());
                    yield parts.length > 1 ? problems + " · " + parts[1] : problems;
                }
                case EVENT -> {
                    if ("CLOSED".equals(e.subtype())) {
                        yield codes.label(Catalogue.CLOSING_REASON, text);
                    }
                    yield text;
                }
                default -> text;
            };
        }
    }
}
