package org.tomoni.accounts.ui;

import com.vaadin.flow.component.Component;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.SignInOutcome;

/** Plain words for what went wrong, the same on every sign-in page. */
final class Outcomes {

    private Outcomes() {
    }

    static String describe(Component on, SignInOutcome outcome, String wrongKey) {
        return switch (outcome) {
            case SignInOutcome.Wrong wrong -> wrong.triesLeft() > 0
                    ? on.getTranslation(wrongKey, wrong.triesLeft())
                    : on.getTranslation("accounts.error.no-tries-left");
            case SignInOutcome.CodeNoLongerValid ignored -> on.getTranslation("accounts.error.code-no-longer-valid");
            case SignInOutcome.Throttled throttled -> on.getTranslation("accounts.error.throttled", throttled.minutes());
            case SignInOutcome.InvalidNumber ignored -> on.getTranslation("accounts.error.invalid-number");
            case SignInOutcome.PicturesNotChosen ignored -> on.getTranslation("accounts.error.pictures-not-chosen");
            case SignInOutcome.AskYourTeacher ignored -> on.getTranslation("accounts.error.ask-your-teacher");
            case SignInOutcome.SignedIn ignored -> "";
        };
    }

    /** Empty when the code was sent. */
    static String describe(Component on, CodeRequest request) {
        return switch (request) {
            case CodeRequest.Sent ignored -> "";
            case CodeRequest.Throttled throttled -> on.getTranslation("accounts.error.too-many-codes",
                    throttled.minutes());
            case CodeRequest.InvalidNumber ignored -> on.getTranslation("accounts.error.invalid-number");
            case CodeRequest.CannotReceiveTexts ignored -> on.getTranslation("accounts.error.cannot-receive-texts");
        };
    }
}
