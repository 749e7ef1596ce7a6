package org.podium.ui.publish;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Publish tab: what to write and in which language on top, the text as it will read, and the ways out. */
public final class PublishView {
    public static final String SHOWN_ID = "publishShown";
    public static final String LANGUAGE_ID = "publishLanguage";
    public static final String SPEAKER_ID = "publishSpeaker";
    public static final String PREVIEW_ID = "publishPreview";
    public static final String SAVE_HTML_ID = "publishSaveHtml";
    public static final String COPY_RICH_ID = "publishCopyRich";
    public static final String SAVE_TEXT_ID = "publishSaveText";
    public static final String COPY_TEXT_ID = "publishCopyText";
    public static final String SAVE_PDF_ID = "publishSavePdf";

    private final PublishViewModel model;

    public PublishView(PublishViewModel model) {
        this.model = model;
    }

    public Region build() {
        ComboBox<PublishViewModel.Shown> shown = new ComboBox<>();
        shown.setId(SHOWN_ID);
        shown.getItems().setAll(PublishViewModel.Shown.values());
        shown.setConverter(Converters.picked(s -> Messages.get("publish.shown." + s.name())));
        shown.valueProperty().bindBidirectional(model.shownProperty());
        ComboBox<Locale> language = new ComboBox<>();
        language.setId(LANGUAGE_ID);
        language.getItems().setAll(List.of(Locale.ENGLISH, Locale.ITALIAN));
        language.setConverter(Converters.picked(l -> Messages.get("publish.language." + l.getLanguage())));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<PublishViewModel.Speaker> speaker = new ComboBox<>(model.speakers());
        speaker.setId(SPEAKER_ID);
        speaker.valueProperty().bindBidirectional(model.speakerProperty());
        speaker.visibleProperty().bind(model.shownProperty().isEqualTo(PublishViewModel.Shown.BRIEFING));
        speaker.managedProperty().bind(speaker.visibleProperty());
        HBox choices = new HBox(10, label("publish.what", shown), shown, label("publish.language", language), language,
                speaker);
        choices.setAlignment(Pos.CENTER_LEFT);

        Label about = new Label();
        about.getStyleClass().add(StyleClasses.MUTED);
        about.setWrapText(true);
        about.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.get("publish.about." + model.shownProperty().get().name()), model.shownProperty()));

        TextArea preview = new TextArea();
        preview.setId(PREVIEW_ID);
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(model.textProperty());
        preview.opacityProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty()).then(0.5).otherwise(1.0));
        VBox.setVgrow(preview, Priority.ALWAYS);

        PublishViewModel.Clipboard clipboard = (html, text) -> {
            ClipboardContent content = new ClipboardContent();
            if (html != null) {
                content.putHtml(html);
            }
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        };
        Button saveHtml = button(SAVE_HTML_ID, "publish.saveHtml", Feather.GLOBE, model::saveHtml);
        saveHtml.disableProperty().bind(model.richProperty().not());
        Button copyRich = button(COPY_RICH_ID, "publish.copyRich", Feather.COPY, () -> model.copyRich(clipboard));
        copyRich.disableProperty().bind(model.richProperty().not());
        Button saveText = button(SAVE_TEXT_ID, "publish.saveText", Feather.FILE_TEXT, model::saveText);
        saveText.disableProperty().bind(model.textProperty().isEmpty());
        Button copyText = button(COPY_TEXT_ID, "publish.copyText", Feather.CLIPBOARD, () -> model.copyText(clipboard));
        copyText.disableProperty().bind(model.textProperty().isEmpty());
        Button savePdf = button(SAVE_PDF_ID, "publish.savePdf", Feather.PRINTER, model::saveBriefingPdf);
        savePdf.visibleProperty().bind(model.shownProperty().isEqualTo(PublishViewModel.Shown.BRIEFING));
        savePdf.managedProperty().bind(savePdf.visibleProperty());
        savePdf.disableProperty().bind(model.briefingProperty().not());
        FlowPane actions = new FlowPane(8, 8, saveHtml, copyRich, saveText, copyText, savePdf);

        VBox root = new VBox(10, choices, about, preview, actions);
        root.setPadding(new Insets(14, 16, 14, 16));
        return root;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
