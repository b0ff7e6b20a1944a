package org.tomoni.accounts.ui;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.ClassList;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;

/**
 * Students: the class code from the board, then their own name from the class list, then their three pictures. A
 * student signing in for the first time (or after a reset) chooses the pictures instead.
 */
@Route("sign-in/class")
@AnonymousAllowed
class ClassSignInView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final SignIn signIn;
    private final H1 heading = new H1();

    private final Div codeStep = new Div();
    private final TextField classCode = new TextField();
    private final Button next = new Button();

    private final Div nameStep = new Div();
    private final H2 nameHeading = new H2();
    private final UnorderedList names = new UnorderedList();

    private final Div pictureStep = new Div();
    private final H2 pictureHeading = new H2();
    private final Paragraph pictureLead = new Paragraph();
    private final PicturePad pad = new PicturePad();
    private final Paragraph pictureError = new Paragraph();
    private final Button submit = new Button();
    private final Button notMe = new Button();

    private final RouterLink otherWays = new RouterLink(SignInView.class);

    private @Nullable ClassList classList;
    private ClassList.@Nullable Student student;

    ClassSignInView(SignIn signIn) {
        this.signIn = signIn;
        addClassNames("page", "sign-in-class");

        classCode.setMaxLength(20);
        classCode.addClassName("code-field");
        classCode.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> openClass());
        classCode.addKeyPressListener(Key.ENTER, enter -> openClass());
        codeStep.add(classCode, Fields.actions(next));

        names.addClassName("name-buttons");
        nameStep.add(nameHeading, names);
        nameStep.setVisible(false);

        pictureError.addClassName("form-error");
        pictureError.getElement().setAttribute("role", "alert");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.addClickListener(click -> submitPictures());
        pad.addCompleteListener(complete -> {
            submit.setEnabled(true);
            submit.focus();
        });
        notMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notMe.addClickListener(click -> showNames());
        pictureStep.add(pictureHeading, pictureLead, pad, pictureError, Fields.actions(submit, notMe));
        pictureStep.setVisible(false);

        otherWays.addClassName("back-link");
        add(heading, codeStep, nameStep, pictureStep, new Paragraph(otherWays));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.class.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.class.heading"));
        classCode.setLabel(getTranslation("accounts.field.class-code"));
        classCode.setHelperText(getTranslation("accounts.field.class-code.help"));
        next.setText(getTranslation("accounts.action.next"));
        nameHeading.setText(getTranslation("accounts.class.pick-name"));
        notMe.setText(getTranslation("accounts.class.not-me"));
        otherWays.setText(getTranslation("accounts.action.other-ways"));
        updatePictureTexts();
    }

    private void openClass() {
        Optional<ClassList> found = signIn.classList(classCode.getValue());
        if (found.isEmpty()) {
            Fields.showError(classCode, getTranslation("accounts.error.unknown-class-code"));
            classCode.focus();
            return;
        }
        Fields.showError(classCode, "");
        classList = found.get();
        showNames();
    }

    private void showNames() {
        ClassList list = classList;
        if (list == null) {
            return;
        }
        names.removeAll();
        for (ClassList.Student each : list.students()) {
            Button name = new Button(each.name(), click -> choose(each));
            name.addClassName("name-button");
            names.add(new ListItem(name));
        }
        codeStep.setVisible(false);
        pictureStep.setVisible(false);
        nameStep.setVisible(true);
        nameHeading.getElement().setAttribute("tabindex", "-1");
        nameHeading.getElement().callJsFunction("focus");
    }

    private void choose(ClassList.Student chosen) {
        student = chosen;
        pad.clear();
        submit.setEnabled(false);
        pictureError.setText("");
        updatePictureTexts();
        nameStep.setVisible(false);
        pictureStep.setVisible(true);
        pictureHeading.getElement().setAttribute("tabindex", "-1");
        pictureHeading.getElement().callJsFunction("focus");
    }

    private void updatePictureTexts() {
        ClassList.Student current = student;
        if (current == null) {
            return;
        }
        boolean firstTime = !current.picturesChosen();
        pictureHeading.setText(getTranslation(firstTime ? "accounts.class.choose-pictures"
                : "accounts.class.your-pictures", current.name()));
        pictureLead.setText(getTranslation(firstTime ? "accounts.class.choose-pictures.lead"
                : "accounts.class.your-pictures.lead"));
        submit.setText(getTranslation(firstTime ? "accounts.class.save-pictures" : "accounts.action.sign-in"));
    }

    private void submitPictures() {
        ClassList list = classList;
        ClassList.Student current = student;
        if (list == null || current == null || !pad.isComplete()) {
            return;
        }
        SignInOutcome outcome = current.picturesChosen()
                ? signIn.withPictures(list.classCode(), current.id(), pad.chosen())
                : signIn.choosePictures(list.classCode(), current.id(), pad.chosen());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            Landing.afterSignIn(UI.getCurrent(), signedIn.person());
            return;
        }
        pad.clear();
        submit.setEnabled(false);
        pictureError.setText(Outcomes.describe(this, outcome, "accounts.error.wrong-pictures"));
    }
}
