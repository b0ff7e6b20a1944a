package org.tomoni.shell.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;
import org.tomoni.shell.TextSize;

/**
 * Language, text size, contrast, motion and read-aloud. Every choice takes effect the moment it is made, so a person sees
 * what it does; the dialog only reports the choices and leaves applying them to whoever opened it.
 */
class PreferencesDialog extends Dialog implements LocaleChangeObserver {

    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final RadioButtonGroup<TextSize> textSize = new RadioButtonGroup<>();
    private final Checkbox highContrast = new Checkbox();
    private final Checkbox reducedMotion = new Checkbox();
    private final Checkbox readAloud = new Checkbox();
    private final Paragraph savedNote = new Paragraph();
    private final Button close = new Button();

    PreferencesDialog(Preferences current) {
        addClassName("preferences-dialog");
        setCloseOnEsc(true);

        language.setItems(Language.values());
        language.setRenderer(new ComponentRenderer<>(this::languageLabel));
        language.setValue(current.language());

        textSize.setItems(TextSize.values());
        textSize.setValue(current.textSize());
        highContrast.setValue(current.highContrast());
        reducedMotion.setValue(current.reducedMotion());
        readAloud.setValue(current.readAloud());

        language.addValueChangeListener(e -> fireChange(e.isFromClient()));
        textSize.addValueChangeListener(e -> fireChange(e.isFromClient()));
        highContrast.addValueChangeListener(e -> fireChange(e.isFromClient()));
        reducedMotion.addValueChangeListener(e -> fireChange(e.isFromClient()));
        readAloud.addValueChangeListener(e -> fireChange(e.isFromClient()));

        savedNote.addClassName("preferences-note");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> close());

        language.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        textSize.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Div switches = new Div(highContrast, reducedMotion, readAloud);
        switches.addClassName("preferences-switches");
        add(language, textSize, switches, savedNote);
        getFooter().add(close);
    }

    /** Opens the dialog for the page's current preferences and applies each change as it is made. */
    static PreferencesDialog openOn(UI ui, PagePreferences pagePreferences) {
        PreferencesDialog dialog = new PreferencesDialog(pagePreferences.of(ui));
        dialog.addChangeListener(change -> pagePreferences.change(ui, change.preferences()));
        dialog.open();
        return dialog;
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Preferences preferences() {
        return new Preferences(language.getValue(), textSize.getValue(), highContrast.getValue(),
                reducedMotion.getValue(), readAloud.getValue());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setHeaderTitle(getTranslation("preferences.title"));
        language.setLabel(getTranslation("preferences.language"));
        textSize.setLabel(getTranslation("preferences.text-size"));
        textSize.setItemLabelGenerator(size -> getTranslation("preferences.text-size." + size.name().toLowerCase()));
        highContrast.setLabel(getTranslation("preferences.high-contrast"));
        reducedMotion.setLabel(getTranslation("preferences.reduced-motion"));
        readAloud.setLabel(getTranslation("preferences.read-aloud"));
        savedNote.setText(getTranslation("preferences.saved-note"));
        close.setText(getTranslation("preferences.close"));
    }

    private void fireChange(boolean fromClient) {
        if (language.getValue() != null && textSize.getValue() != null) {
            fireEvent(new ChangeEvent(this, fromClient, preferences()));
        }
    }

    private Span languageLabel(Language language) {
        Span label = new Span(getTranslation(LanguageNames.key(language)));
        label.getElement().setAttribute("lang", language.tag());
        return label;
    }

    /** A preference was changed by the person. */
    static final class ChangeEvent extends ComponentEvent<PreferencesDialog> {

        private final Preferences preferences;

        ChangeEvent(PreferencesDialog source, boolean fromClient, Preferences preferences) {
            super(source, fromClient);
            this.preferences = preferences;
        }

        Preferences preferences() {
            return preferences;
        }
    }
}
