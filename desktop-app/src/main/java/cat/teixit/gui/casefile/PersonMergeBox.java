package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.search.PersonHitCell;
import cat.teixit.logic.search.PersonHit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** In the person form: find this same person registered twice and merge the other record into this one. Use from the FX thread. */
final class PersonMergeBox {

    private final PersonRecordsViewModel merge;
    private final I18n i18n;

    PersonMergeBox(PersonRecordsViewModel merge, I18n i18n) {
        this.merge = merge;
        this.i18n = i18n;
    }

    /** Merge a duplicate into this person: search it, then confirm (a decision: a dialog). */
    Node node() {
        Label title = new Label(i18n.t("person.merge.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label help = new Label(i18n.t("person.merge.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        TextField query = new TextField();
        query.setId("person-merge-search");
        query.setPromptText(i18n.t("person.merge.search"));
        javafx.scene.control.ListView<PersonHit> hits = new javafx.scene.control.ListView<>(merge.candidates);
        hits.setPrefHeight(140);
        hits.setCellFactory(lv -> new PersonHitCell(i18n));
        query.textProperty().addListener((o, a, q) -> merge.search(q));
        Button mergeButton = new Button(i18n.t("person.merge.button"));
        mergeButton.setId("person-merge");
        mergeButton.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        mergeButton.setOnAction(e -> {
            PersonHit dup = hits.getSelectionModel().getSelectedItem();
            // Buttons named in the user's language (JavaFX's own OK/Cancel follow the system's locale).
            javafx.scene.control.ButtonType doMerge = new javafx.scene.control.ButtonType(i18n.t("person.merge.button"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(i18n.t("dialog.cancel"),
                    javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    i18n.t("person.merge.confirm", dup.sortName()), doMerge, cancel);
            confirm.initOwner(hits.getScene().getWindow());
            confirm.setHeaderText(i18n.t("person.merge.title"));
            if (confirm.showAndWait().filter(b -> b == doMerge).isPresent()) {
                merge.merge(dup.personId());
            }
        });
        VBox box = new VBox(6, title, help, query, hits, mergeButton);
        box.getStyleClass().add("card");
        return box;
    }
}
