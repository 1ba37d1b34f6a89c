package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.casefile.ConsentService.DocumentChoice;
import cat.teixit.logic.casefile.ConsentService.PersonConsents;
import cat.teixit.model.casefile.ConsentPurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The consents of the household's members (GDPR), a new one and a withdrawal. Use from the FX thread. */
final class ConsentsPane {

    private final ConsentsViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final VBox list = new VBox(8);
    private final ComboBox<PersonConsents> person = new ComboBox<>();

    ConsentsPane(ConsentsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        person.setId("consent-person");
        person.setConverter(Forms.converter(PersonConsents::name));
        person.promptTextProperty().bind(i18n.bind("consent.person"));
        ComboBox<ConsentPurpose> purpose = Choices.translated(i18n, "consent-purpose", EntryLabels::consentPurpose,
                ConsentPurpose.values());
        purpose.setValue(ConsentPurpose.SHARING);
        purpose.accessibleTextProperty().bind(i18n.bind("consent.purpose"));
        purpose.setTooltip(i18n.tooltip("consent.purpose"));
        DatePicker given = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        given.setId("consent-given");
        given.accessibleTextProperty().bind(i18n.bind("consent.givenOn"));
        given.setTooltip(i18n.tooltip("consent.givenOn"));
        ComboBox<DocumentChoice> document = new ComboBox<>(vm.documents);
        document.setId("consent-document");
        document.setConverter(Forms.converter(d -> d == null ? i18n.t("consent.noDocument") : d.fileName()));
        document.promptTextProperty().bind(i18n.bind("consent.document"));
        TextField notes = Fields.prompted(i18n, "consent-notes", "consent.notesPrompt");
        notes.setPrefColumnCount(20);
        Button record = Buttons.action(i18n, "consent-record", "consent.record", () -> {
            PersonConsents who = person.getValue();
            vm.record(who == null ? null : who.personId(), purpose.getValue(), given.getValue(),
                    document.getValue() == null ? null : document.getValue().id(), notes.getText(), () -> {
                        notes.clear();
                        document.setValue(null);
                    });
        });
        FlowPane form = new FlowPane(8, 8, person, purpose, given, document, notes, record);
        form.setAlignment(Pos.CENTER_LEFT);
        list.setId("consent-list");
        root = Forms.recordsTab(vm, i18n, "consent.new", form, this::show, list);
    }

    private void show(List<PersonConsents> people) {
        UUID chosen = person.getValue() == null ? null : person.getValue().personId();
        person.getItems().setAll(people);
        people.stream().filter(p -> p.personId().equals(chosen)).findFirst()
                .or(() -> people.stream().findFirst()).ifPresent(person::setValue);
        list.getChildren().clear();
        for (PersonConsents p : people) {
            Label name = new Label(p.name());
            name.getStyleClass().add(Styles.TITLE_4);
            list.getChildren().add(name);
            if (p.consents().isEmpty()) {
                list.getChildren().add(Forms.label(i18n, "consent.none"));
            }
            for (ConsentItem c : p.consents()) {
                list.getChildren().add(card(c));
            }
        }
    }

    private Node card(ConsentItem c) {
        StringBuilder what = new StringBuilder(vm.purposeText(c.purpose())).append(" · ")
                .append(i18n.t("consent.given", i18n.formatDate(c.givenOn())));
        if (c.withdrawnOn() != null) {
            what.append(" · ").append(i18n.t("consent.withdrawnOn", i18n.formatDate(c.withdrawnOn())));
        } else if (c.active()) {
            what.append(" · ").append(i18n.t("consent.active"));
        }
        Label head = new Label(what.toString());
        head.getStyleClass().add(Styles.TEXT_BOLD);
        VBox card = new VBox(4, head);
        if (c.documentName() != null) {
            card.getChildren().add(new Label(i18n.t("consent.documentName", c.documentName())));
        }
        if (c.notes() != null) {
            Label notes = new Label(c.notes());
            notes.setWrapText(true);
            card.getChildren().add(notes);
        }
        if (c.withdrawnOn() == null) {
            Button withdraw = new Button(i18n.t("consent.withdraw"));
            withdraw.getStyleClass().add(Styles.SMALL);
            withdraw.setOnAction(e -> askWithdrawal(c));
            card.getChildren().add(Forms.editing(withdraw, vm.editable));
        }
        card.getStyleClass().add("card");
        return card;
    }

    /** A withdrawal needs its date: a small dialog, today proposed. */
    private void askWithdrawal(ConsentItem c) {
        TextInputDialog d = new TextInputDialog(LocalDate.now(I18n.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        d.initOwner(root.getScene().getWindow());
        d.setTitle(i18n.t("consent.withdraw"));
        d.setHeaderText(i18n.t("consent.withdrawTitle"));
        d.showAndWait().map(vm::parseDate).ifPresent(on -> vm.withdraw(c, on));
    }

    Node node() {
        return root;
    }
}
